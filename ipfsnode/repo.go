package ipfsnode

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/exchange/offline"
	"github.com/ipfs/boxo/ipld/merkledag"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	ds "github.com/ipfs/go-datastore"
	leveldb "github.com/ipfs/go-ds-leveldb"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// identityKey is where the node's private key lives in the datastore.
var identityKey = ds.NewKey("/local/dots/identity")

// repo is the node's storage: one leveldb datastore holding blocks (under /blocks) and
// pins (under /pins). Every write is synced (go-ds-leveldb syncs each put and batch), and
// every block read is checked against its CID, so a torn write is never served.
type repo struct {
	dstore *groupSyncDatastore
	bstore blockstore.GCBlockstore
	bserv  blockservice.BlockService
	dag    ipld.DAGService
	pinner pin.Pinner

	peerID peer.ID
	pubKey string
}

func openRepo(ctx context.Context, dir string) (*repo, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating repository directory: %w", err)
	}
	ldb, err := leveldb.NewDatastore(filepath.Join(dir, "datastore"), &leveldb.Options{
		// Blocks are up to 256 KiB (more with custom chunkers); a larger write buffer, larger
		// tables and a higher level-0 trigger keep compactions rare while large files stream in
		// (measured on the 2-core dev machine: 64/32/16 doubles add throughput over the
		// goleveldb defaults).
		WriteBuffer:         64 << 20,
		CompactionTableSize: 32 << 20,
		CompactionL0Trigger: 16,
		BlockCacheCapacity:  16 << 20,
		// Most blocks are already compressed or random; snappy would only spend CPU.
		Compression: opt.NoCompression,
		// A batch larger than the write buffer would otherwise go through goleveldb's
		// table-level transaction, which is many times slower here.
		DisableLargeBatchTransaction: true,
	})
	if err != nil {
		return nil, fmt.Errorf("opening leveldb datastore: %w", err)
	}
	dstore := &groupSyncDatastore{Datastore: ldb}
	r := &repo{dstore: dstore}
	if err := r.loadIdentity(ctx); err != nil {
		dstore.Close()
		return nil, err
	}
	base := blockstore.NewBlockstore(dstore)
	verified := &blockstore.ValidatingBlockstore{Blockstore: base}
	r.bstore = blockstore.NewGCBlockstore(blockstore.NewIdStore(verified), blockstore.NewGCLocker())
	r.bserv = blockservice.New(r.bstore, offline.Exchange(r.bstore))
	r.dag = merkledag.NewDAGService(r.bserv)
	r.pinner, err = dspinner.New(ctx, dstore, r.dag)
	if err != nil {
		dstore.Close()
		return nil, fmt.Errorf("loading pins: %w", err)
	}
	return r, nil
}

func (r *repo) loadIdentity(ctx context.Context) error {
	raw, err := r.dstore.Get(ctx, identityKey)
	if errors.Is(err, ds.ErrNotFound) {
		priv, _, err := crypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			return fmt.Errorf("generating node identity: %w", err)
		}
		raw, err = crypto.MarshalPrivateKey(priv)
		if err != nil {
			return fmt.Errorf("encoding node identity: %w", err)
		}
		if err := r.dstore.Put(ctx, identityKey, raw); err != nil {
			return fmt.Errorf("storing node identity: %w", err)
		}
		if err := r.dstore.syncAll(); err != nil {
			return fmt.Errorf("storing node identity: %w", err)
		}
	} else if err != nil {
		return fmt.Errorf("reading node identity: %w", err)
	}
	priv, err := crypto.UnmarshalPrivateKey(raw)
	if err != nil {
		return fmt.Errorf("decoding node identity: %w", err)
	}
	r.peerID, err = peer.IDFromPrivateKey(priv)
	if err != nil {
		return fmt.Errorf("deriving peer id: %w", err)
	}
	pub, err := crypto.MarshalPublicKey(priv.GetPublic())
	if err != nil {
		return fmt.Errorf("encoding public key: %w", err)
	}
	r.pubKey = base64.StdEncoding.EncodeToString(pub)
	return nil
}

// sync makes every write so far durable; each operation that changes the repository calls
// it before answering.
func (r *repo) sync() error {
	if err := r.dstore.syncAll(); err != nil {
		return fmt.Errorf("syncing the repository: %w", err)
	}
	return nil
}

func (r *repo) close() error {
	var errs []error
	if r.pinner != nil {
		if err := r.pinner.Close(); err != nil {
			errs = append(errs, fmt.Errorf("closing pinner: %w", err))
		}
	}
	if r.bserv != nil {
		if err := r.bserv.Close(); err != nil {
			errs = append(errs, fmt.Errorf("closing blockservice: %w", err))
		}
	}
	if err := r.dstore.Close(); err != nil {
		errs = append(errs, fmt.Errorf("closing datastore: %w", err))
	}
	return errors.Join(errs...)
}
