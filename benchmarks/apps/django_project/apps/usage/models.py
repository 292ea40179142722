from django.db import models


class LLMUsage(models.Model):
    feature = models.CharField(max_length=64)
    model = models.CharField(max_length=128)
    user_id = models.IntegerField(null=True)
    input_tokens = models.IntegerField(default=0)
    output_tokens = models.IntegerField(default=0)
    seconds = models.FloatField(default=0)
    created = models.DateTimeField(auto_now_add=True)
