import django.db.models.deletion
import taggit.managers
import utilities.json
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("extras", "0115_convert_dashboard_widgets"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="PromptTemplate",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("created", models.DateTimeField(auto_now_add=True, null=True)),
                ("last_updated", models.DateTimeField(auto_now=True, null=True)),
                ("custom_field_data", models.JSONField(blank=True, default=dict, encoder=utilities.json.CustomFieldJSONEncoder)),
                ("name", models.CharField(max_length=100, unique=True)),
                ("description", models.CharField(blank=True, max_length=200)),
                ("system_prompt", models.TextField()),
                ("user_template", models.TextField()),
                ("provider", models.CharField(blank=True, max_length=30)),
                ("model_name", models.CharField(blank=True, max_length=100)),
                ("tags", taggit.managers.TaggableManager(through="extras.TaggedItem", to="extras.Tag")),
            ],
            options={"ordering": ("name",)},
        ),
        migrations.CreateModel(
            name="ObjectSummary",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("created", models.DateTimeField(auto_now_add=True, null=True)),
                ("last_updated", models.DateTimeField(auto_now=True, null=True)),
                ("custom_field_data", models.JSONField(blank=True, default=dict, encoder=utilities.json.CustomFieldJSONEncoder)),
                ("assigned_object_id", models.PositiveBigIntegerField()),
                ("status", models.CharField(default="pending", max_length=20)),
                ("text", models.TextField(blank=True)),
                ("provider", models.CharField(blank=True, max_length=30)),
                ("model_name", models.CharField(blank=True, max_length=100)),
                ("input_tokens", models.PositiveIntegerField(default=0)),
                ("output_tokens", models.PositiveIntegerField(default=0)),
                ("generated", models.DateTimeField(blank=True, null=True)),
                ("assigned_object_type", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="contenttypes.contenttype")),
                ("tags", taggit.managers.TaggableManager(through="extras.TaggedItem", to="extras.Tag")),
            ],
            options={"ordering": ("-generated",)},
        ),
        migrations.CreateModel(
            name="Conversation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("created", models.DateTimeField(auto_now_add=True, null=True)),
                ("last_updated", models.DateTimeField(auto_now=True, null=True)),
                ("custom_field_data", models.JSONField(blank=True, default=dict, encoder=utilities.json.CustomFieldJSONEncoder)),
                ("title", models.CharField(max_length=200)),
                ("provider", models.CharField(max_length=30)),
                ("model_name", models.CharField(blank=True, max_length=100)),
                ("user", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL)),
                ("tags", taggit.managers.TaggableManager(through="extras.TaggedItem", to="extras.Tag")),
            ],
            options={"ordering": ("-created",)},
        ),
        migrations.CreateModel(
            name="ConversationMessage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("role", models.CharField(max_length=20)),
                ("content", models.TextField()),
                ("created", models.DateTimeField(auto_now_add=True)),
                ("input_tokens", models.PositiveIntegerField(default=0)),
                ("output_tokens", models.PositiveIntegerField(default=0)),
                ("conversation", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="messages", to="netbox_ai_assist.conversation")),
            ],
            options={"ordering": ("created",)},
        ),
        migrations.CreateModel(
            name="JournalEmbedding",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("provider", models.CharField(max_length=30)),
                ("vector", models.JSONField()),
                ("updated", models.DateTimeField(auto_now=True)),
                ("flagged", models.BooleanField(default=False)),
                ("journal_entry", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="extras.journalentry")),
            ],
        ),
        migrations.AddConstraint(
            model_name="objectsummary",
            constraint=models.UniqueConstraint(
                fields=("assigned_object_type", "assigned_object_id"),
                name="netbox_ai_assist_objectsummary_unique_object",
            ),
        ),
    ]
