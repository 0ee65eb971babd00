package auth

import "strings"

// Device names the browser and system of a User-Agent in a few words
// ("Firefox · Windows"), so that people can tell their sessions apart on
// the account page. It is a guess from well-known tokens, not a parser:
// the order of the checks matters because most browsers claim to be
// others too (Edge and Opera say "Chrome", Chrome says "Safari"). It
// returns "" when it recognises nothing.
func Device(ua string) string {
	var parts []string
	if b := browserOf(ua); b != "" {
		parts = append(parts, b)
	}
	if s := systemOf(ua); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, " · ")
}

func browserOf(ua string) string {
	for _, c := range []struct{ token, name string }{
		{"Edg/", "Edge"}, {"EdgA/", "Edge"}, {"EdgiOS/", "Edge"},
		{"OPR/", "Opera"}, {"SamsungBrowser/", "Samsung Internet"},
		{"Firefox/", "Firefox"}, {"FxiOS/", "Firefox"},
		{"CriOS/", "Chrome"}, {"HeadlessChrome/", "Chrome"}, {"Chromium/", "Chromium"}, {"Chrome/", "Chrome"},
		{"Safari/", "Safari"}, {"curl/", "curl"}, {"Wget/", "Wget"},
	} {
		if strings.Contains(ua, c.token) {
			return c.name
		}
	}
	return ""
}

func systemOf(ua string) string {
	for _, c := range []struct{ token, name string }{
		{"Android", "Android"}, {"iPhone", "iOS"}, {"iPad", "iPadOS"}, {"CrOS", "ChromeOS"},
		{"Windows", "Windows"}, {"Mac OS X", "macOS"}, {"Macintosh", "macOS"}, {"Linux", "Linux"},
	} {
		if strings.Contains(ua, c.token) {
			return c.name
		}
	}
	return ""
}
