package importer

import (
	"context"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"warta"
	"warta/internal/wpbody"
)

// photoExts are the uploads the importer brings into the media library;
// other files (PDFs, audio, video) are reported and left.
var photoExts = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true}

// photoWorkers is how many photos are stored at once: storing one waits
// mostly on the disk (the original is synced before it is recorded), so a
// few at a time overlap those waits; the store still writes one at a time.
const photoWorkers = 4

// importPhotos brings every attachment's file into the media library
// through the upload pipeline, each in its own transaction. The same
// picture uploaded twice to WordPress becomes one library item.
func (r *run) importPhotos(ctx context.Context) error {
	p := r.plan
	var missingDir, done atomic.Int64
	jobs := make(chan *item)
	var wg sync.WaitGroup
	for range photoWorkers {
		wg.Go(func() {
			for x := range jobs {
				if !r.importPhoto(ctx, x) {
					missingDir.Add(1)
				}
				done.Add(1)
			}
		})
	}
	var err error
	for i, id := range p.photos {
		if err = ctx.Err(); err != nil {
			break
		}
		if i%16 == 0 {
			r.progress(Progress{Phase: PhasePhotos, Done: int(done.Load()), Total: len(p.photos)})
		}
		jobs <- p.items[id]
	}
	close(jobs)
	wg.Wait()
	if err != nil {
		return err
	}
	if n := missingDir.Load(); n > 0 {
		r.report.note(0, "", "import.no_uploads", int(n))
	}
	r.progress(Progress{Phase: PhasePhotos, Done: len(p.photos), Total: len(p.photos)})
	return nil
}

// importPhoto brings one attachment in. It reports false when the photo
// was left because no uploads copy was given.
func (r *run) importPhoto(ctx context.Context, x *item) bool {
	ref := itemRef(x.id, x.title)
	switch {
	case x.media != nil && x.existing != nil && x.existing.Checksum == x.sum:
		r.report.count(kindPhoto, outcomeUnchanged)
		return true
	case x.media != nil:
		r.describe(ctx, x)
		return true
	case r.opt.Uploads == "":
		r.report.count(kindPhoto, outcomeSkipped)
		return false
	case x.file == "":
		r.report.fail(x.line, ref, "import.photo_not_uploads", x.fileURL)
		r.report.count(kindPhoto, outcomeFailed)
		return true
	case !photoExts[strings.ToLower(path.Ext(x.file))]:
		r.report.add(Problem{Line: x.line, Item: ref, Level: outcomeSkipped, Key: "import.photo_not_image", Args: []any{x.file}})
		r.report.count(kindPhoto, outcomeSkipped)
		return true
	}
	m, err := r.importFile(ctx, x.file, x.caption, x.credit, x.alt)
	if err != nil {
		r.report.fail(x.line, ref, "import.photo_failed", x.file, err)
		r.report.count(kindPhoto, outcomeFailed)
		return true
	}
	x.media, x.newPath = m, "/media/"+m.Key
	if r.opt.DryRun {
		r.report.count(kindPhoto, outcomeImported)
		return true
	}
	err = r.write(ctx, func(tx warta.Tx) error {
		if err := r.fillBlanks(ctx, tx, x); err != nil {
			return err
		}
		r.photoRedirects(ctx, tx, x)
		return tx.SaveImportItem(ctx, &warta.ImportItem{Source: r.plan.source, Kind: warta.ImportPost,
			Key: strconv.FormatInt(x.id, 10), TargetKind: warta.TargetMedia, TargetID: m.ID, Checksum: x.sum})
	})
	if err != nil {
		r.report.fail(x.line, ref, "import.photo_failed", x.file, err)
		r.report.count(kindPhoto, outcomeFailed)
		return true
	}
	r.report.count(kindPhoto, outcomeImported)
	return true
}

// fillBlanks gives a photo uploaded to WordPress more than once the
// caption, credit and alt text of whichever attachment has them: the
// library keeps one item per picture, and the attachments are stored
// in no set order.
func (r *run) fillBlanks(ctx context.Context, tx warta.Tx, x *item) error {
	cur, err := tx.FindMediaByID(ctx, x.media.ID)
	if err != nil {
		return err
	}
	caption, credit := x.caption, x.credit
	if caption != "" && credit == "" {
		caption, credit = wpbody.SplitCredit(caption)
	}
	var u warta.MediaUpdate
	for _, f := range []struct {
		have string
		want *string
		set  **string
	}{{cur.Caption, &caption, &u.Caption}, {cur.Credit, &credit, &u.Credit}, {cur.Alt, &x.alt, &u.Alt}} {
		if f.have == "" && *f.want != "" {
			*f.set = f.want
		}
	}
	if u.Caption == nil && u.Credit == nil && u.Alt == nil {
		return nil
	}
	m, err := tx.UpdateMedia(ctx, x.media.ID, u)
	if err == nil {
		x.media = m
	}
	return err
}

// describe brings a changed caption, credit or alt text of a photo an
// earlier run imported.
func (r *run) describe(ctx context.Context, x *item) {
	err := r.write(ctx, func(tx warta.Tx) error {
		caption, credit, alt := x.caption, x.credit, x.alt
		if _, err := tx.UpdateMedia(ctx, x.media.ID, warta.MediaUpdate{Caption: &caption, Credit: &credit, Alt: &alt}); err != nil {
			return err
		}
		r.photoRedirects(ctx, tx, x)
		return tx.SaveImportItem(ctx, &warta.ImportItem{Source: r.plan.source, Kind: warta.ImportPost,
			Key: strconv.FormatInt(x.id, 10), TargetKind: warta.TargetMedia, TargetID: x.media.ID, Checksum: x.sum})
	})
	if err != nil {
		r.report.fail(x.line, itemRef(x.id, x.title), "import.photo_failed", x.file, err)
		r.report.count(kindPhoto, outcomeFailed)
		return
	}
	r.report.count(kindPhoto, outcomeUpdated)
}

// photoRedirects points the file's old address and its attachment page
// at the photo.
func (r *run) photoRedirects(ctx context.Context, tx warta.Tx, x *item) {
	to := "/media/" + x.media.Key
	if u, err := url.Parse(x.fileURL); err == nil && (u.Host == "" || r.plan.isOldHost(u.Hostname())) {
		r.redirect(ctx, tx, u.Path, to)
	}
	for _, old := range x.oldPaths {
		r.redirect(ctx, tx, old, to)
	}
}

// importFile stores one file of the uploads copy in the media library.
// A dry run only checks that it is there.
func (r *run) importFile(ctx context.Context, rel, caption, credit, alt string) (*warta.Media, error) {
	full := filepath.Join(r.opt.Uploads, filepath.FromSlash(rel))
	f, err := os.Open(full)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &warta.Error{Code: warta.ENOTFOUND, Key: "import.file_missing", Args: []any{rel},
			Message: "not in the uploads copy: " + rel}
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if r.opt.DryRun {
		return &warta.Media{Key: "(" + rel + ")"}, nil
	}
	if caption != "" && credit == "" {
		caption, credit = wpbody.SplitCredit(caption)
	}
	meta := warta.MediaUpdate{Caption: &caption, Credit: &credit, Alt: &alt}
	return r.im.Library.Import(ctx, f, path.Base(rel), meta)
}

// photoFor is the photo an image in a body shows: the attachment with
// that ID, else the attachment whose file (or a resized copy of it) the
// URL names, else the file itself from the uploads copy, imported now.
func (r *run) photoFor(ctx context.Context, u *url.URL, id int64) *warta.Media {
	p := r.plan
	if x := p.items[id]; id > 0 && x != nil && x.media != nil {
		return x.media
	}
	if u == nil || (u.Host != "" && !p.isOldHost(u.Hostname())) {
		return nil
	}
	rel, ok := p.uploadsPath(u.String())
	if !ok {
		return nil
	}
	for _, name := range []string{rel, wpbody.OriginalUpload(rel)} {
		if aid, ok := p.byFile[name]; ok && p.items[aid].media != nil {
			return p.items[aid].media
		}
		if m := p.files[name]; m != nil {
			return m
		}
	}
	if r.opt.Uploads == "" || !photoExts[strings.ToLower(path.Ext(rel))] {
		return nil
	}
	// An upload no attachment names (deleted in WordPress, or from
	// another post): the file is brought in if the copy has it.
	for _, name := range []string{wpbody.OriginalUpload(rel), rel} {
		m, err := r.importFile(ctx, name, "", "", "")
		if err != nil {
			continue
		}
		p.files[name] = m
		if r.opt.DryRun {
			return m
		}
		_ = r.write(ctx, func(tx warta.Tx) error {
			r.redirect(ctx, tx, p.basePath()+"/wp-content/uploads/"+name, "/media/"+m.Key)
			return tx.SaveImportItem(ctx, &warta.ImportItem{Source: p.source, Kind: warta.ImportFile, Key: name,
				TargetKind: warta.TargetMedia, TargetID: m.ID})
		})
		r.report.count(kindPhoto, outcomeImported)
		return m
	}
	return nil
}
