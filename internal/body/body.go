// Package body works on article bodies: HTML that editors write, paste or
// import. Sanitize turns any input into the allowlisted HTML the store keeps;
// the other functions read that stored HTML for search, listings and page
// rendering. The package is pure: no I/O and no mutable state.
package body

import "golang.org/x/net/html/atom"

// breakKind says how a tag separates the text around it in plain text.
type breakKind uint8

const (
	breakNone breakKind = iota
	breakSpace
	breakLine
)

// tagBreak returns how element a separates text. Inline elements join
// their neighbours ("ka<b>ta</b>" is one word); blocks start a new line;
// table cells and replaced elements only separate words.
func tagBreak(a atom.Atom) breakKind {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Br,
		atom.Caption, atom.Dd, atom.Details, atom.Div, atom.Dl, atom.Dt,
		atom.Figcaption, atom.Figure, atom.Footer, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hr, atom.Li, atom.Main,
		atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr, atom.Ul:
		return breakLine
	case atom.Td, atom.Th, atom.Img, atom.Iframe, atom.Video, atom.Audio:
		return breakSpace
	}
	return breakNone
}

// hiddenText reports whether the text inside element a is never shown to
// a reader as part of the article (code, styles, embedded documents).
func hiddenText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Iframe, atom.Noscript, atom.Noembed,
		atom.Noframes, atom.Template, atom.Title, atom.Textarea, atom.Object,
		atom.Plaintext, atom.Xmp:
		return true
	}
	return false
}

// voidElement reports whether a never has content or an end tag.
func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr,
		atom.Img, atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track,
		atom.Wbr:
		return true
	}
	return false
}
