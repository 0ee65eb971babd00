package main

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"warta/internal/config"
	"warta/internal/store/sqlite"
)

const backupUsage = `usage: warta backup FILE [--data DIR] [--db sqlite:PATH]

Writes one archive (tar.gz) holding a consistent copy of the database and
the media directory, with a manifest of table row counts and checksums.
The server may keep serving while it runs. On PostgreSQL use pg_dump and
copy the media directory (README, "Operations → Backups").`

const restoreUsage = `usage: warta restore FILE --data DIR

Restores an archive made by warta backup into DIR, which must be empty or
not exist. Every file's checksum and every table's row count is checked
before DIR appears; a failed restore leaves nothing behind.`

// backupFormat is the archive layout's version, in its manifest.
const backupFormat = 1

// Names inside a backup archive.
const (
	backupDB       = "warta.db"
	backupManifest = "manifest.json"
	backupMedia    = "media/"
)

// maxManifest bounds the manifest a restore reads into memory.
const maxManifest = 64 << 20

// maxArchiveEntries bounds how many files a restore accepts.
const maxArchiveEntries = 10_000_000

// manifest describes a backup: written last in the archive, once every
// file's checksum is known.
type manifest struct {
	Format  int               `json:"format"`
	Version string            `json:"warta_version"`
	Created time.Time         `json:"created"`
	Tables  map[string]int64  `json:"tables"`
	Files   map[string]string `json:"files"` // archive name → sha256 hex
}

// runBackup runs `warta backup FILE`.
func runBackup(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
		fmt.Fprintln(stdout, backupUsage)
		return nil
	}
	cfg, rest, err := config.LoadStoreArgs("backup", args, getenv, stderr, nil)
	if err != nil {
		return flagError(err)
	}
	if len(rest) != 1 {
		fmt.Fprintln(stderr, backupUsage)
		return usageError{errors.New("backup: name one archive file to write")}
	}
	if kind, _ := cfg.DBKind(); kind == "postgres" {
		return usageError{errors.New("backup: a PostgreSQL site is backed up with pg_dump plus a copy of the media directory; see README, \"Operations → Backups\"")}
	}
	out := rest[0]
	if _, err := os.Stat(out); err == nil {
		return usageError{fmt.Errorf("backup: %s already exists; name a new file", out)}
	}
	store, err := openExistingStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	db, ok := store.(*sqlite.Store)
	if !ok {
		return errors.New("backup: not a SQLite store")
	}
	created := store.Now().UTC()
	m, err := writeBackup(ctx, db, cfg.MediaDir(), out, created)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backup written to %s: %d files, %d articles\n", out, len(m.Files), m.Tables["articles"])
	return nil
}

// writeBackup snapshots the database, then writes it, the media files and
// the manifest into a new archive at out (through a temporary file, so a
// failed backup leaves no half archive under that name).
func writeBackup(ctx context.Context, db *sqlite.Store, mediaDir, out string, created time.Time) (*manifest, error) {
	work, err := os.MkdirTemp(filepath.Dir(out), ".warta-backup-*")
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	defer os.RemoveAll(work)
	snap := filepath.Join(work, backupDB)
	if err := db.BackupTo(ctx, snap); err != nil {
		return nil, err
	}
	rep, err := sqlite.Inspect(ctx, snap)
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	if rep.Integrity != "ok" {
		return nil, fmt.Errorf("backup: the database copy fails integrity_check: %s", rep.Integrity)
	}
	m := &manifest{Format: backupFormat, Version: wartaVersion(), Created: created, Tables: rep.Tables, Files: map[string]string{}}
	tmp := filepath.Join(work, "archive.tar.gz")
	f, err := os.Create(tmp)
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	defer f.Close()
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	if err := addFile(tw, m, backupDB, snap); err != nil {
		return nil, err
	}
	err = filepath.WalkDir(mediaDir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && path == mediaDir {
			return filepath.SkipDir // a site with no media yet
		}
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// Blobs are written to .tmp-* and renamed: a temporary file is an
		// upload in flight, not part of the site.
		if !d.Type().IsRegular() || strings.HasPrefix(d.Name(), ".tmp-") {
			return nil
		}
		rel, err := filepath.Rel(mediaDir, path)
		if err != nil {
			return err
		}
		err = addFile(tw, m, backupMedia+filepath.ToSlash(rel), path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil // deleted while we walked
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("backup: media: %w", err)
	}
	body, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := tw.WriteHeader(&tar.Header{Name: backupManifest, Mode: 0o644, Size: int64(len(body)), ModTime: created, Typeflag: tar.TypeReg}); err != nil {
		return nil, err
	}
	if _, err := tw.Write(body); err != nil {
		return nil, err
	}
	if err := errors.Join(tw.Close(), gz.Close(), f.Sync(), f.Close()); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	return m, nil
}

// addFile copies one file into the archive under name and records its
// checksum. It copies the size the file had when opened: media files are
// only ever replaced whole, never grown in place.
func addFile(tw *tar.Writer, m *manifest, name, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: st.Size(), ModTime: st.ModTime(), Typeflag: tar.TypeReg}); err != nil {
		return err
	}
	h := sha256.New()
	if _, err := io.CopyN(io.MultiWriter(tw, h), f, st.Size()); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	m.Files[name] = hex.EncodeToString(h.Sum(nil))
	return nil
}

// wartaVersion is the module version the binary was built from, for the
// manifest ("(devel)" for a local build).
func wartaVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// runRestore runs `warta restore FILE --data DIR`.
func runRestore(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
		fmt.Fprintln(stdout, restoreUsage)
		return nil
	}
	cfg, rest, err := config.LoadStoreArgs("restore", args, getenv, stderr, nil)
	if err != nil {
		return flagError(err)
	}
	if len(rest) != 1 {
		fmt.Fprintln(stderr, restoreUsage)
		return usageError{errors.New("restore: name one archive file to read")}
	}
	if kind, target := cfg.DBKind(); kind == "postgres" {
		return usageError{errors.New("restore: a PostgreSQL site is restored with pg_restore plus the media copy; see README, \"Operations → Backups\"")}
	} else if filepath.Clean(target) != filepath.Join(cfg.DataDir, backupDB) {
		return usageError{fmt.Errorf("restore: the database is restored as %s; give --data only", filepath.Join(cfg.DataDir, backupDB))}
	}
	m, err := restoreBackup(ctx, rest[0], cfg.DataDir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "restored %s into %s: %d files checked, %d articles (backup of %s)\n",
		rest[0], cfg.DataDir, len(m.Files), m.Tables["articles"], m.Created.Format(time.RFC3339))
	return nil
}

// restoreBackup extracts the archive into a temporary directory beside
// dir, checks every checksum and row count against the manifest and the
// database's integrity, and only then renames it to dir.
func restoreBackup(ctx context.Context, archive, dir string) (*manifest, error) {
	if err := emptyOrAbsent(dir); err != nil {
		return nil, err
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	work, err := os.MkdirTemp(parent, ".warta-restore-*")
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(work)
		}
	}()
	m, sums, err := extract(ctx, archive, work)
	if err != nil {
		return nil, fmt.Errorf("restore: %s: %w", archive, err)
	}
	if m.Format != backupFormat {
		return nil, fmt.Errorf("restore: %s: archive format %d, this warta reads %d", archive, m.Format, backupFormat)
	}
	for name, want := range m.Files {
		if got, ok := sums[name]; !ok {
			return nil, fmt.Errorf("restore: %s: %s is in the manifest but not in the archive", archive, name)
		} else if got != want {
			return nil, fmt.Errorf("restore: %s: %s is damaged (checksum differs from the manifest)", archive, name)
		}
	}
	for name := range sums {
		if _, ok := m.Files[name]; !ok {
			return nil, fmt.Errorf("restore: %s: %s is not in the manifest", archive, name)
		}
	}
	rep, err := sqlite.Inspect(ctx, filepath.Join(work, backupDB))
	if err != nil {
		return nil, fmt.Errorf("restore: %s: %w", archive, err)
	}
	if rep.Integrity != "ok" {
		return nil, fmt.Errorf("restore: %s: the database fails integrity_check: %s", archive, rep.Integrity)
	}
	if err := sameCounts(m.Tables, rep.Tables); err != nil {
		return nil, fmt.Errorf("restore: %s: %w", archive, err)
	}
	// Checked: the directory appears whole, in one rename. An empty dir
	// given by the operator is replaced (it was checked empty above).
	if err := emptyOrAbsent(dir); err != nil {
		return nil, err
	}
	_ = os.Remove(dir)
	if err := os.Rename(work, dir); err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	done = true
	return m, nil
}

// emptyOrAbsent refuses a data directory that holds anything.
func emptyOrAbsent(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("restore: --data %s: %w", dir, err)
	}
	if len(entries) > 0 {
		return usageError{fmt.Errorf("restore: --data %s is not empty; restore into a new or empty directory", dir)}
	}
	return nil
}

// sameCounts compares the manifest's row counts with the restored ones.
func sameCounts(want, got map[string]int64) error {
	var diffs []string
	for name, n := range want {
		if got[name] != n {
			diffs = append(diffs, fmt.Sprintf("%s: %d rows, manifest says %d", name, got[name], n))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			diffs = append(diffs, name+": not in the manifest")
		}
	}
	if len(diffs) > 0 {
		sort.Strings(diffs)
		return fmt.Errorf("table counts differ: %s", strings.Join(diffs, "; "))
	}
	return nil
}

// extract unpacks the archive into dir, hashing every file, and returns
// the manifest and the checksums found. Only the database and files under
// media/ are accepted, at clean relative paths.
func extract(ctx context.Context, archive, dir string) (*manifest, map[string]string, error) {
	f, err := os.Open(archive)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, nil, fmt.Errorf("not a warta backup (gzip): %w", err)
	}
	tr := tar.NewReader(gz)
	sums := map[string]string{}
	var m *manifest
	for n := 0; ; n++ {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if n > maxArchiveEntries {
			return nil, nil, fmt.Errorf("more than %d entries", maxArchiveEntries)
		}
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("damaged archive: %w", err)
		}
		if h.Typeflag != tar.TypeReg {
			return nil, nil, fmt.Errorf("unexpected entry %q", h.Name)
		}
		if h.Name == backupManifest {
			body, err := io.ReadAll(io.LimitReader(tr, maxManifest+1))
			if err != nil {
				return nil, nil, fmt.Errorf("damaged archive: %w", err)
			}
			if len(body) > maxManifest {
				return nil, nil, errors.New("manifest too large")
			}
			m = &manifest{}
			if err := json.Unmarshal(body, m); err != nil {
				return nil, nil, fmt.Errorf("damaged manifest: %w", err)
			}
			continue
		}
		if !validEntry(h.Name) {
			return nil, nil, fmt.Errorf("unexpected entry %q", h.Name)
		}
		if _, dup := sums[h.Name]; dup {
			return nil, nil, fmt.Errorf("entry %q twice", h.Name)
		}
		target := filepath.Join(dir, filepath.FromSlash(h.Name))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return nil, nil, err
		}
		out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return nil, nil, err
		}
		sum := sha256.New()
		_, err = io.Copy(io.MultiWriter(out, sum), tr)
		if err = errors.Join(err, out.Close()); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", h.Name, err)
		}
		sums[h.Name] = hex.EncodeToString(sum.Sum(nil))
	}
	if m == nil {
		return nil, nil, errors.New("no manifest: not a complete warta backup")
	}
	if _, ok := sums[backupDB]; !ok {
		return nil, nil, errors.New("no database in the archive")
	}
	return m, sums, nil
}

// validEntry accepts "warta.db" and clean relative paths under media/.
func validEntry(name string) bool {
	if name == backupDB {
		return true
	}
	rest, ok := strings.CutPrefix(name, backupMedia)
	if !ok || rest == "" || strings.Contains(name, "\\") {
		return false
	}
	return filepath.ToSlash(filepath.Clean(filepath.FromSlash(name))) == name && !strings.Contains("/"+rest+"/", "/../") && filepath.IsLocal(filepath.FromSlash(name))
}
