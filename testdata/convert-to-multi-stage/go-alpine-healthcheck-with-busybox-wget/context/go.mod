module api
