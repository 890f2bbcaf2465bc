package ipfsnode

import (
	"context"

	ds "github.com/ipfs/go-datastore"
	dsq "github.com/ipfs/go-datastore/query"
	leveldb "github.com/ipfs/go-ds-leveldb"
	goleveldb "github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// groupSyncDatastore is the leveldb datastore with its writes not synced one by one: each
// API operation that changes the repository ends with one synced write (durable), which
// makes every earlier write durable too, since leveldb's journal is written in order. A
// kill -9 loses nothing written before it either way (writes reach the journal file at
// once); the final sync is for power loss. One fsync per add instead of five.
type groupSyncDatastore struct {
	*leveldb.Datastore
}

var _ ds.Batching = (*groupSyncDatastore)(nil)

var syncMarkerKey = []byte("/local/dots/sync")

var noSync = &opt.WriteOptions{Sync: false}

func (d *groupSyncDatastore) Put(_ context.Context, k ds.Key, v []byte) error {
	return d.DB.Put(k.Bytes(), v, noSync)
}

func (d *groupSyncDatastore) Delete(_ context.Context, k ds.Key) error {
	return d.DB.Delete(k.Bytes(), noSync)
}

// Sync is a no-op: durability comes from syncAll at the end of each operation.
func (d *groupSyncDatastore) Sync(context.Context, ds.Key) error { return nil }

// syncAll makes every write so far durable.
func (d *groupSyncDatastore) syncAll() error {
	return d.DB.Put(syncMarkerKey, []byte{1}, &opt.WriteOptions{Sync: true})
}

func (d *groupSyncDatastore) Batch(context.Context) (ds.Batch, error) {
	return &groupSyncBatch{db: d.DB, b: new(goleveldb.Batch)}, nil
}

func (d *groupSyncDatastore) Query(ctx context.Context, q dsq.Query) (dsq.Results, error) {
	return d.Datastore.Query(ctx, q)
}

type groupSyncBatch struct {
	db *goleveldb.DB
	b  *goleveldb.Batch
}

func (b *groupSyncBatch) Put(_ context.Context, k ds.Key, v []byte) error {
	b.b.Put(k.Bytes(), v)
	return nil
}

func (b *groupSyncBatch) Delete(_ context.Context, k ds.Key) error {
	b.b.Delete(k.Bytes())
	return nil
}

func (b *groupSyncBatch) Commit(context.Context) error {
	return b.db.Write(b.b, noSync)
}
