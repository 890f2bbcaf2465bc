package ipfsnode

import (
	"fmt"
	"net/http"
	"time"

	"github.com/ipfs/boxo/gateway"
)

// gatewayHandler is boxo's gateway over the node's blockservice: trustless responses
// (raw blocks, CARs) always, plain files too when GatewayDeserialized is set. Like kubo's
// gateway it answers any origin (CORS), so a page such as the wallet page can fetch blocks
// and check them against their CIDs itself.
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
	h = gateway.NewHeaders(nil).ApplyCors().Wrap(h)
	mux := http.NewServeMux()
	mux.Handle("/ipfs/", h)
	mux.Handle("/ipns/", h)
	return mux, nil
}
