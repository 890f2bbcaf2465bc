package ipfsnode

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/ipfs/boxo/ipld/merkledag"
	pin "github.com/ipfs/boxo/pinning/pinner"
	cid "github.com/ipfs/go-cid"
)

type pinsOutput struct {
	Pins []string
}

func (n *Node) cmdPinAdd(w http.ResponseWriter, r *http.Request, p params) error {
	paths, err := p.args("ipfs-path", true)
	if err != nil {
		return err
	}
	recursive, err := p.boolean("recursive", true)
	if err != nil {
		return err
	}
	if _, err := p.boolean("progress", false); err != nil {
		return err
	}
	name := p.str("name", "")
	ctx := r.Context()
	unlock := n.repo.bstore.PinLock(ctx)
	defer unlock.Unlock(ctx)
	out := pinsOutput{Pins: []string{}}
	for _, ps := range paths {
		nd, err := n.resolve(ctx, ps)
		if err != nil {
			return err
		}
		if err := n.repo.pinner.Pin(ctx, nd, recursive, name); err != nil {
			return serverError("pin: %s", err)
		}
		out.Pins = append(out.Pins, nd.Cid().String())
	}
	if err := n.repo.pinner.Flush(ctx); err != nil {
		return fmt.Errorf("saving pins: %w", err)
	}
	if err := n.repo.sync(); err != nil {
		return err
	}
	return writeJSON(w, out)
}

func (n *Node) cmdPinRm(w http.ResponseWriter, r *http.Request, p params) error {
	paths, err := p.args("ipfs-path", true)
	if err != nil {
		return err
	}
	recursive, err := p.boolean("recursive", true)
	if err != nil {
		return err
	}
	ctx := r.Context()
	out := pinsOutput{Pins: []string{}}
	for _, ps := range paths {
		c, segs, err := parsePath(ps)
		if err != nil {
			return err
		}
		if len(segs) > 0 {
			nd, err := n.resolve(ctx, ps)
			if err != nil {
				return err
			}
			c = nd.Cid()
		}
		if err := n.repo.pinner.Unpin(ctx, c, recursive); err != nil {
			if errors.Is(err, pin.ErrNotPinned) {
				return serverError("%s", err)
			}
			return fmt.Errorf("unpinning %s: %w", c, err)
		}
		out.Pins = append(out.Pins, c.String())
	}
	if err := n.repo.pinner.Flush(ctx); err != nil {
		return fmt.Errorf("saving pins: %w", err)
	}
	if err := n.repo.sync(); err != nil {
		return err
	}
	return writeJSON(w, out)
}

type pinLsType struct {
	Type string
	Name string `json:",omitempty"`
}

type pinLsStream struct {
	Cid  string
	Type string
	Name string `json:",omitempty"`
}

func (n *Node) cmdPinLs(w http.ResponseWriter, r *http.Request, p params) error {
	typ := p.str("type", "all")
	switch typ {
	case "all", "direct", "indirect", "recursive":
	default:
		return clientError("invalid type '%s', must be one of {direct, indirect, recursive, all}", typ)
	}
	stream, err := p.boolean("stream", false)
	if err != nil {
		return err
	}
	if _, err := p.boolean("quiet", false); err != nil {
		return err
	}
	paths, err := p.args("ipfs-path", false)
	if err != nil {
		return err
	}
	ctx := r.Context()
	var list []pinLsStream
	if len(paths) > 0 {
		list, err = n.pinsOf(ctx, paths, typ)
	} else {
		list, err = n.listPins(ctx, typ)
	}
	if err != nil {
		return err
	}
	if stream {
		for _, e := range list {
			if err := writeJSON(w, e); err != nil {
				return err
			}
		}
		return nil
	}
	keys := make(map[string]pinLsType, len(list))
	for _, e := range list {
		keys[e.Cid] = pinLsType{Type: e.Type, Name: e.Name}
	}
	return writeJSON(w, map[string]any{"Keys": keys})
}

func (n *Node) pinsOf(ctx context.Context, paths []string, typ string) ([]pinLsStream, error) {
	mode, _ := pin.StringToMode(typ)
	if typ == "all" {
		mode = pin.Any
	}
	var out []pinLsStream
	for _, ps := range paths {
		c, segs, err := parsePath(ps)
		if err != nil {
			return nil, err
		}
		if len(segs) > 0 {
			nd, err := n.resolve(ctx, ps)
			if err != nil {
				return nil, err
			}
			c = nd.Cid()
		}
		reason, pinned, err := n.repo.pinner.IsPinnedWithType(ctx, c, mode)
		if err != nil {
			return nil, fmt.Errorf("checking pin of %s: %w", c, err)
		}
		if !pinned {
			return nil, serverError("path '%s' is not pinned", ps)
		}
		if c2, err := cid.Decode(reason); err == nil {
			reason = "indirect through " + c2.String()
		}
		out = append(out, pinLsStream{Cid: c.String(), Type: reason})
	}
	return out, nil
}

// listPins lists pins of a type; indirect pins are found by walking every recursive pin.
func (n *Node) listPins(ctx context.Context, typ string) ([]pinLsStream, error) {
	var out []pinLsStream
	seen := map[string]bool{}
	var recursive []cid.Cid
	for sp := range n.repo.pinner.RecursiveKeys(ctx, true) {
		if sp.Err != nil {
			return nil, fmt.Errorf("listing recursive pins: %w", sp.Err)
		}
		recursive = append(recursive, sp.Pin.Key)
		seen[sp.Pin.Key.String()] = true
		if typ == "all" || typ == "recursive" {
			out = append(out, pinLsStream{Cid: sp.Pin.Key.String(), Type: "recursive", Name: sp.Pin.Name})
		}
	}
	if typ == "recursive" {
		return out, nil
	}
	for sp := range n.repo.pinner.DirectKeys(ctx, true) {
		if sp.Err != nil {
			return nil, fmt.Errorf("listing direct pins: %w", sp.Err)
		}
		k := sp.Pin.Key.String()
		if (typ == "all" || typ == "direct") && !seen[k] {
			out = append(out, pinLsStream{Cid: k, Type: "direct", Name: sp.Pin.Name})
		}
		if typ == "all" {
			seen[k] = true
		}
	}
	if typ == "direct" {
		return out, nil
	}
	getLinks := merkledag.GetLinksWithDAG(n.repo.dag)
	for _, root := range recursive {
		err := merkledag.Walk(ctx, getLinks, root, func(c cid.Cid) bool {
			k := c.String()
			if seen[k] {
				return c.Equals(root)
			}
			seen[k] = true
			out = append(out, pinLsStream{Cid: k, Type: "indirect"})
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("walking pin %s: %w", root, err)
		}
	}
	return out, nil
}

// ---- repo/gc

type gcKey struct {
	Key   map[string]string `json:",omitempty"`
	Error string            `json:",omitempty"`
}

func (n *Node) cmdRepoGC(w http.ResponseWriter, r *http.Request, p params) error {
	quiet, err := p.boolean("quiet", false)
	if err != nil {
		return err
	}
	silent, err := p.boolean("silent", false)
	if err != nil {
		return err
	}
	if _, err := p.boolean("stream-errors", false); err != nil {
		return err
	}
	removed, err := n.GC(r.Context())
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Chunked-Output", "1")
	w.WriteHeader(http.StatusOK)
	if silent || quiet {
		return nil
	}
	for _, c := range removed {
		if err := writeJSON(w, gcKey{Key: map[string]string{"/": c.String()}}); err != nil {
			return err
		}
	}
	return nil
}

// GC deletes every block not reachable from a pin and returns the removed keys (as raw
// CIDv1, the form the blockstore keeps, like kubo).
func (n *Node) GC(ctx context.Context) ([]cid.Cid, error) {
	unlock := n.repo.bstore.GCLock(ctx)
	defer unlock.Unlock(ctx)
	keep := map[string]bool{} // by multihash
	getLinks := merkledag.GetLinksWithDAG(n.repo.dag)
	for sp := range n.repo.pinner.RecursiveKeys(ctx, false) {
		if sp.Err != nil {
			return nil, fmt.Errorf("listing recursive pins: %w", sp.Err)
		}
		err := merkledag.Walk(ctx, getLinks, sp.Pin.Key, func(c cid.Cid) bool {
			k := string(c.Hash())
			if keep[k] {
				return false
			}
			keep[k] = true
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("walking pin %s (refusing to collect garbage): %w", sp.Pin.Key, err)
		}
	}
	for sp := range n.repo.pinner.DirectKeys(ctx, false) {
		if sp.Err != nil {
			return nil, fmt.Errorf("listing direct pins: %w", sp.Err)
		}
		keep[string(sp.Pin.Key.Hash())] = true
	}
	keys, err := n.repo.bstore.AllKeysChan(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing blocks: %w", err)
	}
	var removed []cid.Cid
	var firstErr error
	for c := range keys {
		if keep[string(c.Hash())] {
			continue
		}
		if err := n.repo.bstore.DeleteBlock(ctx, c); err != nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("deleting %s: %w", c, err)
			}
			continue
		}
		removed = append(removed, c)
	}
	if err := n.repo.sync(); err != nil && firstErr == nil {
		firstErr = err
	}
	if err := ctx.Err(); err != nil {
		return removed, err
	}
	return removed, firstErr
}
