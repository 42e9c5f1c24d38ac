module example.com/conflict

go 1.26.0
