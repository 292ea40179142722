from masonite.routes import Route

ROUTES = [
    Route.get("/", "WelcomeController@show"),
    Route.get("/dashboard", "DashboardController@show").middleware("auth"),
    Route.get("/admin/models", "DashboardController@models").middleware("auth"),
    Route.get("/leads", "LeadController@index").middleware("auth"),
    Route.get("/leads/@id", "LeadController@show").middleware("auth"),
    Route.post("/leads", "LeadController@store").middleware("auth"),
]
