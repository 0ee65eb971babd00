package search

// ExceptionOf reports whether Stem gives word a stem from the exception
// list rather than Snowball's, and which, for the tests that compare Stem
// with Snowball's stemwords.
var ExceptionOf = exceptionOf
