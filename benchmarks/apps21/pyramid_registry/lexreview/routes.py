def includeme(config):
    config.add_static_view("static", "static", cache_max_age=3600)

    config.add_route("home", "/")
    config.add_route("health", "/_health")

    # matters
    config.add_route("matters", "/matters")
    config.add_route("matter", "/matters/{matter_id}")

    # documents
    config.add_route("documents_upload", "/matters/{matter_id}/documents")
    config.add_route("document", "/documents/{doc_id}")
    config.add_route("document_classify", "/documents/{doc_id}/classify")
    config.add_route("document_privilege", "/documents/{doc_id}/privilege")
    config.add_route("document_redact", "/documents/{doc_id}/redact")
    config.add_route("document_translate", "/documents/{doc_id}/translate")

    # review workspace
    config.add_route("review_clauses", "/review/{doc_id}/clauses")
    config.add_route("review_memo", "/review/{doc_id}/memo")
    config.add_route("review_memo_stream", "/review/{doc_id}/memo/stream")
    config.add_route("review_second_opinion", "/review/{doc_id}/second-opinion")

    # assistant
    config.add_route("assistant_chat", "/assistant/chat")
    config.add_route("assistant_local", "/assistant/local")
    config.add_route("assistant_granite", "/assistant/granite")

    # search
    config.add_route("search", "/search")
    config.add_route("search_similar", "/search/similar/{doc_id}")

    # admin
    config.add_route("admin_models", "/admin/models")
    config.add_route("admin_usage", "/admin/usage")
    config.add_route("admin_estimate", "/admin/estimate")
    config.add_route("admin_ping", "/admin/ping/{provider}")
