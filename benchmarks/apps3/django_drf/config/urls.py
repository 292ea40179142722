from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from apps.interviews.views import (
    InterviewKitViewSet,
    QuestionStreamView,
    RecordingTranscriptionView,
)
from apps.outreach.views import OutreachDraftViewSet
from apps.screening.views import CandidateViewSet, ShortlistView

router = DefaultRouter()
router.register("candidates", CandidateViewSet, basename="candidate")
router.register("interview-kits", InterviewKitViewSet, basename="interview-kit")
router.register("outreach", OutreachDraftViewSet, basename="outreach")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(router.urls)),
    path("api/jobs/<int:job_id>/shortlist/", ShortlistView.as_view(), name="shortlist"),
    path("api/interviews/<int:kit_id>/stream/", QuestionStreamView.as_view(), name="question-stream"),
    path(
        "api/interviews/<int:kit_id>/recording/",
        RecordingTranscriptionView.as_view(),
        name="recording-transcription",
    ),
]
