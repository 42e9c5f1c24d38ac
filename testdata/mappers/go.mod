module statuslint.test/mappers

go 1.26
