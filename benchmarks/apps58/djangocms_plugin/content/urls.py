from django.urls import path

from content import views

app_name = "ai_tools"

urlpatterns = [
    path("seo/<int:page_id>/", views.regenerate_seo, name="seo"),
    path("titles/<int:page_id>/", views.suggest_titles, name="titles"),
    path("translate/<int:page_id>/", views.TranslatePageView.as_view(), name="translate"),
    path("preset/<int:preset_id>/", views.run_preset, name="preset"),
    path("summary/<int:plugin_id>/regenerate/", views.regenerate_summary, name="regenerate_summary"),
    path("summary-preview/", views.summary_preview, name="summary_preview"),
    path("ask/", views.ask_page, name="ask"),
]
