// Package deps imports every framework package that statuslint's knowledge
// tables name, so that go mod tidy keeps them all in go.mod and go.sum and
// the drift test can load each of them. statuslint reports nothing in it.
package deps

import (
	_ "github.com/cloudwego/hertz/pkg/app"
	_ "github.com/cloudwego/hertz/pkg/app/server"
	_ "github.com/cloudwego/hertz/pkg/common/adaptor"
	_ "github.com/cloudwego/hertz/pkg/protocol"
	_ "github.com/cloudwego/hertz/pkg/route"
	_ "github.com/danielgtaylor/huma/v2"
	_ "github.com/gin-gonic/gin"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/go-chi/render"
	_ "github.com/go-kratos/kratos/v2/errors"
	_ "github.com/go-kratos/kratos/v2/transport/http"
	_ "github.com/gofiber/fiber/v2"
	_ "github.com/gofiber/fiber/v2/middleware/adaptor"
	_ "github.com/gofiber/fiber/v3"
	_ "github.com/gofiber/fiber/v3/middleware/adaptor"
	_ "github.com/gorilla/handlers"
	_ "github.com/gorilla/mux"
	_ "github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	_ "github.com/julienschmidt/httprouter"
	_ "github.com/labstack/echo/v4"
	_ "github.com/labstack/echo/v5"
	_ "github.com/rs/cors"
	_ "github.com/valyala/fasthttp"
	_ "github.com/valyala/fasthttp/fasthttpadaptor"
	_ "github.com/zeromicro/go-zero/rest"
	_ "github.com/zeromicro/go-zero/rest/httpx"
)
