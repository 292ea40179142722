from django.contrib import admin
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView

from ai import views as ai_views

from .schema import schema

urlpatterns = [
    path("admin/", admin.site.urls),
    path("ai/summary/<int:pk>/stream/", ai_views.stream_summary, name="stream-summary"),
    path("ai/summary/<int:pk>/estimate/", ai_views.summary_cost_estimate, name="summary-estimate"),
    path("ai/draft/continue/", ai_views.draft_continuation, name="draft-continue"),
    path("graphql/", csrf_exempt(GraphQLView.as_view(graphiql=True, schema=schema))),
]
