package ipfsnode

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	cid "github.com/ipfs/go-cid"
	ipfsapi "github.com/ipfs/go-ipfs-api"
	mh "github.com/multiformats/go-multihash"
)

var testSizes = []int{0, 1, 262143, 262144, 262145, 10 << 20}

// ipfsCid runs Debian's ipfs_cid on data and returns the CIDv0 and CIDv1 it prints.
func ipfsCid(t *testing.T, data []byte) (string, string) {
	t.Helper()
	bin, err := exec.LookPath("ipfs_cid")
	if err != nil {
		t.Skip("ipfs_cid (Debian package ipfs-cid) is not installed")
	}
	f := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(f, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, f).Output()
	if err != nil {
		t.Fatalf("ipfs_cid: %v", err)
	}
	var res struct{ CIDv0, CIDv1 string }
	if err := json.Unmarshal(bytes.TrimSpace(out), &res); err != nil {
		t.Fatalf("ipfs_cid output %q: %v", out, err)
	}
	return res.CIDv0, res.CIDv1
}

func TestCIDsMatchIpfsCid(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	for i, size := range testSizes {
		data := randBytes(uint64(i+1), size)
		v0, v1 := ipfsCid(t, data)

		got := mustAdd(t, sh, data)
		if got != v0 {
			t.Errorf("size %d: add gives %s, ipfs_cid CIDv0 %s", size, got, v0)
		}
		if back := catAll(t, sh, got); !bytes.Equal(back, data) {
			t.Errorf("size %d: cat returned %d bytes that differ from the %d added", size, len(back), len(data))
		}
		// ipfs_cid's "CIDv1" is the same dag-pb DAG as CIDv0, written as a CIDv1.
		c0, err := cid.Decode(got)
		if err != nil {
			t.Fatal(err)
		}
		if v1c := cid.NewCidV1(cid.DagProtobuf, c0.Hash()).String(); v1c != v1 {
			t.Errorf("size %d: CIDv1 form of %s is %s, ipfs_cid says %s", size, got, v1c, v1)
		}
		// only-hash computes the same CID, and stores nothing for new bytes.
		if oh := mustAdd(t, sh, data, ipfsapi.OnlyHash(true)); oh != v0 {
			t.Errorf("size %d: only-hash gives %s, want %s", size, oh, v0)
		}
		if size > 0 {
			fresh := append([]byte{0xff}, data...)
			oh := mustAdd(t, sh, fresh, ipfsapi.OnlyHash(true))
			if _, _, err := sh.BlockStat(oh); err == nil {
				t.Errorf("size %d: only-hash stored block %s", size, oh)
			}
		}
		// kubo's CIDv1 default: raw leaves.
		raw := mustAdd(t, sh, data, ipfsapi.CidVersion(1))
		checkRawLeavesDAG(t, sh, raw, data)
		if back := catAll(t, sh, raw); !bytes.Equal(back, data) {
			t.Errorf("size %d: cat of raw-leaves CID differs", size)
		}
	}
}

// checkRawLeavesDAG checks a CIDv1 raw-leaves import independently of the importer: one
// chunk is a raw block whose CID is sha2-256 of the bytes; more are a dag-pb UnixFS file
// whose links are the raw CIDs of consecutive 262144-byte chunks.
func checkRawLeavesDAG(t *testing.T, sh *ipfsapi.Shell, root string, data []byte) {
	t.Helper()
	checkRawLeavesChunks(t, sh, root, data, 262144)
}

func checkRawLeavesChunks(t *testing.T, sh *ipfsapi.Shell, root string, data []byte, chunk int) {
	t.Helper()
	rawCid := func(b []byte) string {
		h, err := mh.Sum(b, mh.SHA2_256, -1)
		if err != nil {
			t.Fatal(err)
		}
		return cid.NewCidV1(cid.Raw, h).String()
	}
	if len(data) <= chunk {
		if root != rawCid(data) {
			t.Errorf("size %d: raw-leaves CID %s, want raw block %s", len(data), root, rawCid(data))
		}
		return
	}
	c, err := cid.Decode(root)
	if err != nil || c.Version() != 1 || c.Type() != cid.DagProtobuf {
		t.Fatalf("size %d: root %s is not a CIDv1 dag-pb (%v)", len(data), root, err)
	}
	blk, err := sh.BlockGet(root)
	if err != nil {
		t.Fatalf("block/get %s: %v", root, err)
	}
	pn, err := merkledag.DecodeProtobuf(blk)
	if err != nil {
		t.Fatalf("decoding root: %v", err)
	}
	fs, err := unixfs.FSNodeFromBytes(pn.Data())
	if err != nil {
		t.Fatalf("root is not UnixFS: %v", err)
	}
	if fs.FileSize() != uint64(len(data)) {
		t.Errorf("root file size %d, want %d", fs.FileSize(), len(data))
	}
	links := pn.Links()
	want := (len(data) + chunk - 1) / chunk
	if len(links) != want {
		t.Fatalf("root has %d links, want %d", len(links), want)
	}
	for i, l := range links {
		end := min((i+1)*chunk, len(data))
		if l.Cid.String() != rawCid(data[i*chunk:end]) {
			t.Errorf("link %d is %s, want raw %s", i, l.Cid, rawCid(data[i*chunk:end]))
		}
	}
}

func TestEmptyFileRawCID(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	// kubo: `ipfs add --cid-version=1` of an empty file.
	if got := mustAdd(t, sh, nil, ipfsapi.CidVersion(1)); got != "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku" {
		t.Errorf("empty file CIDv1 %s", got)
	}
}

func TestChunkerOption(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	sh := newShell(n)
	data := randBytes(41, 200000)
	ct, body := multipartBody(t, data)
	resp, err := http.Post(n.APIURL()+"/api/v0/add?cid-version=1&chunker=size-65536", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var ev struct{ Name, Hash, Size string }
	if err := json.NewDecoder(resp.Body).Decode(&ev); err != nil || resp.StatusCode != 200 {
		t.Fatalf("add: %d %v", resp.StatusCode, err)
	}
	if ev.Name != ev.Hash || ev.Size == "" {
		t.Errorf("add output %+v", ev)
	}
	checkRawLeavesChunks(t, sh, ev.Hash, data, 65536)
}
