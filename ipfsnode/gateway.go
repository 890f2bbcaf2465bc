package ipfsnode

import (
	"fmt"
	"net/http"
	"time"

	"github.com/ipfs/boxo/gateway"
)

// gatewayHandler is boxo's gateway over the node's blockservice: trustless responses
// (raw blocks, CARs) always, plain files too when GatewayDeserialized is set.
func (n *Node) gatewayHandler() (http.Handler, error) {
	backend, err := gateway.NewBlocksBackend(n.repo.bserv)
	if err != nil {
		return nil, fmt.Errorf("creating gateway backend: %w", err)
	}
	h := gateway.NewHandler(gateway.Config{
		DeserializedResponses: n.cfg.GatewayDeserialized,
		NoDNSLink:             true,
		RetrievalTimeout:      30 * time.Second,
	}, backend)
	mux := http.NewServeMux()
	mux.Handle("/ipfs/", h)
	mux.Handle("/ipns/", h)
	return mux, nil
}
