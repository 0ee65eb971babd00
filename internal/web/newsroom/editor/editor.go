// Package editor holds the newsroom's article editor: a Tiptap
// (ProseMirror) bundle built from this folder's npm project by build.sh and
// committed under dist/, so building Warta needs Go alone.
//
// The page contract — the textarea's data-editor, data-labels,
// data-search-url, data-media-url and data-upload-url attributes, the form's
// data-autosave-url, and the JSON those endpoints answer — is described in
// README.md.
package editor

import (
	"embed"
	"io/fs"
)

// Script and Stylesheet are the names of the bundle's files in FS.
const (
	Script     = "editor.js"
	Stylesheet = "editor.css"
)

//go:embed dist/editor.js dist/editor.css
var dist embed.FS

// FS returns the built editor files, Script and Stylesheet, at its root,
// ready for the newsroom's fingerprinted assets.
func FS() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		// fs.Sub fails only for an invalid path, and "dist" is valid.
		panic(err)
	}
	return sub
}
