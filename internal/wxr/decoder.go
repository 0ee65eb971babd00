package wxr

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html/charset"
)

// Bounds. A text field past maxField, or an item whose text adds up past
// maxItemText, costs only that item (an ItemError). encoding/xml holds one
// whole token in memory, so a single token past maxToken raw bytes ends the
// read: that is what keeps memory bounded whatever the file holds.
const (
	maxField    = 16 << 20
	maxItemText = 64 << 20
	maxToken    = 64 << 20
	maxRepeats  = 10000 // postmeta, termmeta and categories per item or term
	maxDepth    = 256   // element nesting; encoding/xml keeps a stack entry per level
)

const truncated = "export ends before </channel> (truncated?)"

// Namespaces are told apart by URL, never by prefix: exports in the wild
// rebind prefixes, and a "wp:" bound to another URL is not WordPress's.
const (
	contentNS = "http://purl.org/rss/1.0/modules/content/"
	dcNS      = "http://purl.org/dc/elements/1.1/"
)

// wpNS matches every WXR version's wp and excerpt namespaces, over http
// or https (the Theme Unit Test export uses https).
var wpNS = regexp.MustCompile(`^https?://wordpress\.org/export/\d+\.\d+/(excerpt/)?$`)

var versionRE = regexp.MustCompile(`^\d+\.\d+$`)

// Namespace kinds.
const (
	nsOther = iota
	nsNone
	nsWP
	nsExcerpt
	nsContent
	nsDC
)

// Where the decoder is in the document.
const (
	stateStart   = iota // before <rss>
	stateRSS            // inside <rss>, before <channel>
	stateChannel        // inside <channel>
	stateDone           // after </channel>: nothing more is read
)

var errTokenTooLarge = errors.New("token too large")

// Decoder reads a WXR export as a stream: memory stays bounded by the
// largest single item, whatever the file size.
type Decoder struct {
	x  *xml.Decoder
	in *countingReader
	br *bufio.Reader

	state       int
	depth       int
	site        Site
	versionSeen bool
	siteSent    bool

	// pending is the channel child that made the site header complete; it
	// is read on the call after the one that returned the Site.
	pending     *xml.StartElement
	pendingLine int

	err error  // sticky: a SyntaxError, a read error or io.EOF
	buf []byte // text of the field being read
	ns  map[string]int
}

// NewDecoder returns a decoder reading r. It peeks at the first bytes to
// drop a UTF-8 byte order mark, which encoding/xml would otherwise take
// for text before the XML declaration.
func NewDecoder(r io.Reader) *Decoder {
	in := &countingReader{r: r, limit: maxToken}
	br := bufio.NewReaderSize(in, 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	x := xml.NewDecoder(br)
	x.Strict = true
	x.CharsetReader = charset.NewReaderLabel
	return &Decoder{x: x, in: in, br: br, ns: make(map[string]int)}
}

// Line returns the current line (1-based) of the input, for progress/errors.
func (d *Decoder) Line() int {
	line, _ := d.x.InputPos()
	return line
}

// Offset returns bytes consumed so far (for a progress bar over the file
// size). It counts the raw input, before any charset conversion.
func (d *Decoder) Offset() int64 {
	return d.in.n - int64(d.br.Buffered())
}

// Next returns the next *Site (once, when the channel header before the
// first author/term/item has been read — or at channel end if there are
// none), *Author, *Term or *Item, in file order, or io.EOF at the end.
// After an *ItemError the caller may call Next again; after any other
// error Next returns that error for good.
func (d *Decoder) Next() (any, error) {
	if d.err != nil {
		return nil, d.err
	}
	v, err := d.next()
	if err != nil {
		if _, ok := err.(*ItemError); !ok {
			d.err = err
		}
		return nil, err
	}
	return v, nil
}

func (d *Decoder) next() (any, error) {
	if d.pending != nil {
		start, line := *d.pending, d.pendingLine
		d.pending = nil
		return d.entity(start, line)
	}
	for d.state != stateDone {
		tok, err := d.token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch d.state {
			case stateStart:
				if t.Name.Local != "rss" {
					return nil, d.syntax("not a WordPress export: the document is <%s>, not <rss>", short(t.Name.Local))
				}
				d.state = stateRSS
			case stateRSS:
				if t.Name.Space == "" && t.Name.Local == "channel" {
					d.state = stateChannel
					continue
				}
				if err := d.skip(); err != nil {
					return nil, err
				}
			case stateChannel:
				v, err := d.channelChild(t)
				if err != nil || v != nil {
					return v, err
				}
			}
		case xml.EndElement:
			switch d.state {
			case stateChannel:
				d.state = stateDone
				if !d.siteSent {
					return d.emitSite()
				}
			case stateRSS:
				return nil, d.syntax("not a WordPress export: no <channel>")
			}
		}
	}
	return nil, io.EOF
}

// channelChild reads one child of <channel>: a header field (nil result),
// or an author, term or item — preceded, the first time, by the Site.
func (d *Decoder) channelChild(t xml.StartElement) (any, error) {
	line := d.Line()
	kind := d.kind(t.Name.Space)
	switch {
	case kind == nsNone && t.Name.Local == "item",
		kind == nsWP && (t.Name.Local == "author" || t.Name.Local == "category" || t.Name.Local == "tag" || t.Name.Local == "term"):
		if !d.siteSent {
			site, err := d.emitSite()
			if err != nil {
				return nil, err
			}
			c := t.Copy()
			d.pending, d.pendingLine = &c, line
			return site, nil
		}
		return d.entity(t, line)
	}
	var dst *string
	switch {
	case kind == nsNone && t.Name.Local == "title":
		dst = &d.site.Title
	case kind == nsNone && t.Name.Local == "link":
		dst = &d.site.Link
	case kind == nsNone && t.Name.Local == "description":
		dst = &d.site.Description
	case kind == nsNone && t.Name.Local == "language":
		dst = &d.site.Language
	case kind == nsWP && t.Name.Local == "wxr_version":
		d.versionSeen = true
		dst = &d.site.Version
	case kind == nsWP && t.Name.Local == "base_site_url":
		dst = &d.site.BaseSiteURL
	case kind == nsWP && t.Name.Local == "base_blog_url":
		dst = &d.site.BaseBlogURL
	default:
		return nil, d.skip()
	}
	s, err := d.text(nil)
	if _, ok := err.(tooLong); ok {
		return nil, d.syntax("the channel's <%s> %s", short(t.Name.Local), err)
	}
	if err != nil {
		return nil, err
	}
	setFirst(dst, strings.TrimSpace(s))
	return nil, nil
}

// emitSite checks the WXR version, as WordPress's importer does before it
// reads anything, and returns the header.
func (d *Decoder) emitSite() (*Site, error) {
	if !d.versionSeen {
		return nil, d.syntax("not a WordPress export: no <wp:wxr_version>")
	}
	if !versionRE.MatchString(d.site.Version) {
		return nil, d.syntax("unsupported WXR version %q", short(d.site.Version))
	}
	d.siteSent = true
	s := d.site
	return &s, nil
}

func (d *Decoder) entity(t xml.StartElement, line int) (any, error) {
	switch t.Name.Local {
	case "item":
		return d.readItem(line)
	case "author":
		return d.readAuthor(line)
	}
	return d.readTerm(t.Name.Local, line)
}

// problem collects the first reason an entity cannot be used; reading
// goes on to its end tag so the next one starts cleanly.
type problem struct{ msg string }

func (p *problem) add(format string, args ...any) {
	if p.msg == "" {
		p.msg = fmt.Sprintf(format, args...)
	}
}

// field reads the text of the element just opened into dst (first
// non-empty value wins). A text over its limit is recorded in p.
func (d *Decoder) field(dst *string, t xml.StartElement, budget *int, trim bool, p *problem) error {
	s, err := d.text(budget)
	if tl, ok := err.(tooLong); ok {
		p.add("<%s> %s", d.qname(t.Name), tl)
		return nil
	}
	if err != nil {
		return err
	}
	if trim {
		s = strings.TrimSpace(s)
	}
	setFirst(dst, s)
	return nil
}

// number reads a decimal integer field; ok is false when it is not one.
func (d *Decoder) number(t xml.StartElement, budget *int, p *problem) (n int64, ok bool, err error) {
	var s string
	if err := d.field(&s, t, budget, true, p); err != nil || s == "" {
		return 0, true, err
	}
	n, perr := strconv.ParseInt(s, 10, 64)
	if perr != nil || n < 0 {
		return 0, false, nil
	}
	return n, true, nil
}

func (d *Decoder) readItem(line int) (*Item, error) {
	it := &Item{Line: line}
	budget := maxItemText
	var p problem
	err := d.children(func(t xml.StartElement) error {
		name := t.Name.Local
		switch d.kind(t.Name.Space) {
		case nsNone:
			switch name {
			case "title":
				return d.field(&it.Title, t, &budget, true, &p)
			case "link":
				return d.field(&it.Link, t, &budget, true, &p)
			case "guid":
				return d.field(&it.GUID, t, &budget, true, &p)
			case "pubDate":
				return d.field(&it.PubDate, t, &budget, true, &p)
			case "description":
				return d.field(&it.Description, t, &budget, true, &p)
			case "category":
				if len(it.Terms) >= maxRepeats {
					p.add("more than %d <category> elements", maxRepeats)
					return d.skip()
				}
				return d.itemTerm(it, t, &budget, &p)
			}
		case nsContent:
			if name == "encoded" {
				return d.field(&it.Content, t, &budget, false, &p)
			}
		case nsExcerpt:
			if name == "encoded" {
				return d.field(&it.Excerpt, t, &budget, false, &p)
			}
		case nsDC:
			if name == "creator" {
				return d.field(&it.Creator, t, &budget, true, &p)
			}
		case nsWP:
			return d.itemWP(it, t, &budget, &p)
		}
		return d.skip()
	})
	if err != nil {
		return nil, err
	}
	if p.msg != "" {
		return nil, &ItemError{Line: line, PostID: it.PostID, Title: short(it.Title), Msg: p.msg}
	}
	return it, nil
}

// itemWP reads one wp: child of an item.
func (d *Decoder) itemWP(it *Item, t xml.StartElement, budget *int, p *problem) error {
	var dst *string
	switch t.Name.Local {
	case "post_id", "post_parent", "menu_order":
		n, ok, err := d.number(t, budget, p)
		if err != nil {
			return err
		}
		switch {
		case t.Name.Local == "menu_order":
			if it.MenuOrder == 0 && n <= 1<<31-1 {
				it.MenuOrder = int(n)
			}
		case !ok:
			p.add("<wp:%s> is not a number", t.Name.Local)
		case t.Name.Local == "post_id" && it.PostID == 0:
			it.PostID = n
		case t.Name.Local == "post_parent" && it.Parent == 0:
			it.Parent = n
		}
		return nil
	case "is_sticky":
		var s string
		err := d.field(&s, t, budget, true, p)
		it.Sticky = it.Sticky || s == "1"
		return err
	case "postmeta":
		if len(it.Meta) >= maxRepeats {
			p.add("more than %d <wp:postmeta> elements", maxRepeats)
			return d.skip()
		}
		m, err := d.meta(budget, p)
		if err == nil {
			it.Meta = append(it.Meta, m)
		}
		return err
	case "comment":
		it.CommentCount++
		return d.skip()
	case "post_date":
		dst = &it.PostDate
	case "post_date_gmt":
		dst = &it.PostDateGMT
	case "post_modified":
		dst = &it.Modified
	case "post_modified_gmt":
		dst = &it.ModifiedGMT
	case "status":
		dst = &it.Status
	case "post_type":
		dst = &it.Type
	case "post_name":
		dst = &it.Name
	case "post_password":
		dst = &it.Password
	case "comment_status":
		dst = &it.CommentStatus
	case "ping_status":
		dst = &it.PingStatus
	case "attachment_url":
		dst = &it.AttachmentURL
	default:
		return d.skip()
	}
	return d.field(dst, t, budget, true, p)
}

// itemTerm reads <category domain="…" nicename="…">Name</category>. The
// plain <category>Name</category> that WXR 1.0 writes beside each one
// carries no domain and is dropped, as WordPress's importer does.
func (d *Decoder) itemTerm(it *Item, t xml.StartElement, budget *int, p *problem) error {
	var term ItemTerm
	for _, a := range t.Attr {
		switch {
		case a.Name.Space != "":
		case a.Name.Local == "domain":
			term.Domain = strings.TrimSpace(a.Value)
		case a.Name.Local == "nicename":
			term.Slug = strings.TrimSpace(a.Value)
		}
	}
	if err := d.field(&term.Name, t, budget, true, p); err != nil {
		return err
	}
	if term.Domain == "" {
		return nil
	}
	if term.Domain == "tag" {
		term.Domain = "post_tag"
	}
	it.Terms = append(it.Terms, term)
	return nil
}

// meta reads a wp:postmeta or wp:termmeta: a trimmed key, the value as written.
func (d *Decoder) meta(budget *int, p *problem) (Meta, error) {
	var m Meta
	err := d.children(func(t xml.StartElement) error {
		if d.kind(t.Name.Space) == nsWP {
			switch t.Name.Local {
			case "meta_key":
				return d.field(&m.Key, t, budget, true, p)
			case "meta_value":
				return d.field(&m.Value, t, budget, false, p)
			}
		}
		return d.skip()
	})
	return m, err
}

func (d *Decoder) readAuthor(line int) (*Author, error) {
	a := &Author{Line: line}
	budget := maxItemText
	var p problem
	err := d.children(func(t xml.StartElement) error {
		if d.kind(t.Name.Space) != nsWP {
			return d.skip()
		}
		var dst *string
		switch t.Name.Local {
		case "author_id":
			n, ok, err := d.number(t, &budget, &p)
			if ok && a.ID == 0 {
				a.ID = n
			}
			return err
		case "author_login":
			dst = &a.Login
		case "author_email":
			dst = &a.Email
		case "author_display_name":
			dst = &a.DisplayName
		case "author_first_name":
			dst = &a.FirstName
		case "author_last_name":
			dst = &a.LastName
		default:
			return d.skip()
		}
		return d.field(dst, t, &budget, true, &p)
	})
	if err != nil {
		return nil, err
	}
	if p.msg != "" {
		return nil, &ItemError{Line: line, Title: short(a.Login), Msg: "<wp:author>: " + p.msg}
	}
	return a, nil
}

// readTerm reads wp:category, wp:tag or wp:term; each names its fields
// differently, so the element decides which names mean slug, name, parent.
func (d *Decoder) readTerm(elem string, line int) (*Term, error) {
	tm := &Term{Line: line}
	switch elem {
	case "category":
		tm.Taxonomy = "category"
	case "tag":
		tm.Taxonomy = "post_tag"
	}
	budget := maxItemText
	var p problem
	err := d.children(func(t xml.StartElement) error {
		if d.kind(t.Name.Space) != nsWP {
			return d.skip()
		}
		var dst *string
		switch t.Name.Local {
		case "term_id":
			n, ok, err := d.number(t, &budget, &p)
			if ok && tm.ID == 0 {
				tm.ID = n
			}
			return err
		case "termmeta":
			if len(tm.Meta) >= maxRepeats {
				p.add("more than %d <wp:termmeta> elements", maxRepeats)
				return d.skip()
			}
			m, err := d.meta(&budget, &p)
			if err == nil {
				tm.Meta = append(tm.Meta, m)
			}
			return err
		case "category_nicename", "tag_slug", "term_slug":
			dst = &tm.Slug
		case "cat_name", "tag_name", "term_name":
			dst = &tm.Name
		case "category_parent", "term_parent":
			dst = &tm.Parent
		case "category_description", "tag_description", "term_description":
			dst = &tm.Description
		case "term_taxonomy":
			if elem != "term" {
				return d.skip()
			}
			dst = &tm.Taxonomy
		default:
			return d.skip()
		}
		return d.field(dst, t, &budget, true, &p)
	})
	if err != nil {
		return nil, err
	}
	if p.msg != "" {
		return nil, &ItemError{Line: line, Title: short(tm.Slug), Msg: "<wp:" + elem + ">: " + p.msg}
	}
	return tm, nil
}

// children calls f for each child element of the element just opened, up
// to its end tag; f reads the child whole (field, skip or children).
func (d *Decoder) children(f func(xml.StartElement) error) error {
	for {
		tok, err := d.token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := f(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// tooLong is text's non-fatal result: the element was read to its end
// but its text dropped.
type tooLong string

func (e tooLong) Error() string { return string(e) }

// text returns the character data of the element just opened, up to its
// end tag: CDATA sections are joined and the text of any nested element
// kept, as WordPress's importer reads it. budget, when not nil, is what
// remains of the item's allowance and is charged for the text.
func (d *Decoder) text(budget *int) (string, error) {
	d.buf = d.buf[:0]
	var over tooLong
	depth := 0
	for {
		tok, err := d.token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if over != "" {
				continue
			}
			n := len(d.buf) + len(t)
			switch {
			case n > maxField:
				over = "is longer than 16 MiB"
			case budget != nil && n > *budget:
				over = "makes the item's text longer than 64 MiB in all"
			default:
				d.buf = append(d.buf, t...)
			}
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth > 0 {
				depth--
				continue
			}
			if over != "" {
				d.buf = nil
				return "", over
			}
			s := string(d.buf)
			if budget != nil {
				*budget -= len(s)
			}
			if cap(d.buf) > 1<<20 {
				d.buf = nil // do not keep one huge body's buffer for the rest of the file
			}
			return s, nil
		}
	}
}

// skip reads past the end of the element just opened.
func (d *Decoder) skip() error {
	depth := 0
	for {
		tok, err := d.token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}

// token returns the next token, bounding its size and the nesting depth,
// and turns encoding/xml's errors into SyntaxErrors with a line.
func (d *Decoder) token() (xml.Token, error) {
	d.in.mark = d.in.n
	tok, err := d.x.Token()
	if err != nil {
		return nil, d.xmlError(err)
	}
	switch tok.(type) {
	case xml.StartElement:
		d.depth++
		if d.depth > maxDepth {
			return nil, d.syntax("elements are nested more than %d deep", maxDepth)
		}
	case xml.EndElement:
		d.depth--
	}
	return tok, nil
}

func (d *Decoder) xmlError(err error) error {
	var se *xml.SyntaxError
	switch {
	case err == io.EOF && d.state == stateStart:
		return d.syntax("not a WordPress export: no <rss> element")
	case err == io.EOF:
		return d.syntax(truncated)
	case errors.As(err, &se):
		if se.Msg == "unexpected EOF" {
			return &SyntaxError{Line: se.Line, Msg: truncated}
		}
		return &SyntaxError{Line: se.Line, Msg: se.Msg}
	case errors.Is(err, errTokenTooLarge):
		return d.syntax("a single tag or text is larger than %d MiB", d.in.limit>>20)
	case d.in.err != nil && errors.Is(err, d.in.err):
		return fmt.Errorf("wxr: reading line %d: %w", d.Line(), err) // the disk's fault, not the file's
	}
	return d.syntax("%s", strings.TrimPrefix(err.Error(), "xml: "))
}

func (d *Decoder) syntax(format string, args ...any) error {
	return &SyntaxError{Line: d.Line(), Msg: fmt.Sprintf(format, args...)}
}

// kind classifies a namespace URL, remembering the few an export uses.
func (d *Decoder) kind(space string) int {
	if space == "" {
		return nsNone
	}
	if k, ok := d.ns[space]; ok {
		return k
	}
	k := nsOther
	switch {
	case space == contentNS:
		k = nsContent
	case space == dcNS:
		k = nsDC
	case wpNS.MatchString(space):
		k = nsWP
		if strings.HasSuffix(space, "/excerpt/") {
			k = nsExcerpt
		}
	}
	if len(d.ns) < 64 {
		d.ns[space] = k
	}
	return k
}

// qname spells an element name with its usual prefix, for messages.
func (d *Decoder) qname(n xml.Name) string {
	switch d.kind(n.Space) {
	case nsWP:
		return "wp:" + n.Local
	case nsContent:
		return "content:" + n.Local
	case nsExcerpt:
		return "excerpt:" + n.Local
	case nsDC:
		return "dc:" + n.Local
	}
	return short(n.Local)
}

func setFirst(dst *string, s string) {
	if *dst == "" {
		*dst = s
	}
}

// short bounds a value quoted in a message.
func short(s string) string {
	if len(s) <= 80 {
		return s
	}
	cut := 80
	for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
		cut--
	}
	return s[:cut] + "…"
}

// countingReader counts the raw bytes read, for Offset, and refuses to
// read more than limit bytes while one token is being parsed.
type countingReader struct {
	r       io.Reader
	n, mark int64
	limit   int64
	err     error // the first read error other than io.EOF
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.n-c.mark > c.limit {
		return 0, errTokenTooLarge
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}
