from django.db import models

from apps.screening.models import Candidate, JobPosting


class InterviewKit(models.Model):
    job = models.ForeignKey(JobPosting, on_delete=models.CASCADE, related_name="interview_kits")
    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, null=True, blank=True, related_name="interview_kits"
    )
    title = models.CharField(max_length=200)
    focus_areas = models.JSONField(default=list, blank=True)
    questions = models.JSONField(default=list, blank=True)
    rubric = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.title

    @property
    def tenant_id(self) -> str:
        return str(self.job.organization_id)


class InterviewRecording(models.Model):
    kit = models.ForeignKey(InterviewKit, on_delete=models.CASCADE, related_name="recordings")
    audio = models.FileField(upload_to="recordings/%Y/%m/")
    transcript = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
