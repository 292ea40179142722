from masonite.routes import Route

ROUTES = [
    Route.post("/leads/@id/summary", "LeadController@summary"),
    Route.get("/leads/@id/headline", "LeadController@headline"),
    Route.get("/leads/@id/similar", "LeadController@similar"),
    Route.post("/drafts", "EmailDraftController@create").middleware("ai.moderate"),
    Route.post("/drafts/@id/rewrite", "EmailDraftController@rewrite").middleware("ai.moderate"),
    Route.get("/drafts/@id/subjects", "EmailDraftController@subject_lines"),
    Route.delete("/drafts/@id", "EmailDraftController@destroy"),
    Route.post("/transcripts", "CallTranscriptController@upload"),
    Route.post("/transcripts/analyze", "CallTranscriptController@analyze_text").middleware(
        "ai.moderate"
    ),
    Route.get("/transcripts/@id", "CallTranscriptController@show"),
    Route.post("/transcripts/@id/follow-up", "CallTranscriptController@follow_up"),
    Route.get("/transcripts/@id/action-items", "CallTranscriptController@action_items"),
    Route.post("/assistant/reply", "AssistantController@draft_reply"),
    Route.post("/leads/import", "LeadController@import_csv"),
    Route.get("/transcripts/@id/coach", "CallTranscriptController@coach"),
    Route.post("/assistant/ask", "AssistantController@ask").middleware("ai.moderate"),
    Route.post("/accounts/@account_id/plan", "AssistantController@plan_account"),
]
