package editorial

// MaxTagNameLen bounds a tag's name, in characters.
const MaxTagNameLen = 60
