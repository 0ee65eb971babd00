package auth

// WithHashSlot lets the tests hold a hashing slot.
var WithHashSlot = withHashSlot
