module warta

go 1.26.8
