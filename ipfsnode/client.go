package ipfsnode

import (
	"net"
	"net/http"
	"time"
)

// NewHTTPClient returns an http.Client suited to go-ipfs-api against this node or kubo:
// keep-alives on (go-ipfs-api's NewShell turns them off) and 256 KiB socket buffers, so
// large adds and cats are not split into 4 KiB system calls. Use it with
// ipfsapi.NewShellWithClient(url, ipfsnode.NewHTTPClient()).
func NewHTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		Proxy:               nil, // the node is local (or an operator's own kubo)
		DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        64,
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     90 * time.Second,
		WriteBufferSize:     256 << 10,
		ReadBufferSize:      256 << 10,
	}}
}
