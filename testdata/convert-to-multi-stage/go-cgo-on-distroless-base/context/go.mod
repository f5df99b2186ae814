module github.com/acme/app/v2 // the app

go 1.23
