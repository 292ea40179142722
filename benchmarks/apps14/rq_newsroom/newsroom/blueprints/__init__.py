def register_blueprints(app):
    from newsroom.blueprints.admin import bp as admin_bp
    from newsroom.blueprints.ai_tools import bp as ai_tools_bp
    from newsroom.blueprints.articles import bp as articles_bp

    app.register_blueprint(articles_bp, url_prefix="/api/articles")
    app.register_blueprint(ai_tools_bp, url_prefix="/api/ai")
    app.register_blueprint(admin_bp, url_prefix="/api/admin")
