"""Platform stack: network, web services, release notes and ops dashboards."""
import pulumi
import pulumi_aws as aws

from components import Database, DatabaseArgs, Network, NetworkArgs, OpsDashboard, ReleasePipeline, WebService, WebServiceArgs
from infra_ai import get_groq
from providers import ChangelogSummary, Runbook

config = pulumi.Config()
ai_config = pulumi.Config("infra-ai")
stack = pulumi.get_stack()

env = config.require("environment")
version = config.require("releaseVersion")
previous_version = config.get("previousReleaseVersion")
services = config.require_object("services")  # [{"name": ..., "image": ..., "port": ...}]
commits = config.get_object("releaseCommits") or []
enable_ai = ai_config.get_bool("enabled") or False
dashboard_intro = ai_config.get_bool("dashboardIntro") or False

network = Network(f"platform-{env}", NetworkArgs(
    cidr_block=config.get("cidrBlock") or "10.20.0.0/16",
    enable_nat=env != "dev",
))

docs_bucket = aws.s3.BucketV2(
    f"platform-docs-{env}",
    force_destroy=env == "dev",
    tags={"environment": env, "stack": stack},
)

# Groq is cheap and fast enough for dashboard blurbs; constructed once, handed to components.
groq_client = get_groq() if (enable_ai and dashboard_intro) else None

exported_services = {}
for svc in services:
    web = WebService(svc["name"], WebServiceArgs(
        vpc_id=network.vpc.id,
        subnet_ids=[s.id for s in network.private_subnets],
        image=svc["image"],
        port=svc.get("port", 8080),
        desired_count=svc.get("replicas", 2 if env == "prod" else 1),
        env={"ENVIRONMENT": env, "SERVICE_VERSION": version},
    ))
    if svc.get("database"):
        db = Database(f"{svc['name']}-{env}", DatabaseArgs(
            vpc_id=network.vpc.id,
            subnet_ids=[s.id for s in network.private_subnets],
            multi_az=env == "prod",
            deletion_protection=env != "dev",
            db_name=svc["name"].replace("-", "_"),
        ))
        pulumi.export(f"{svc['name']}_db_secret", db.secret.arn)
    OpsDashboard(f"{svc['name']}-{env}", service_name=web.service.name,
                 cluster_name=web.cluster.name, llm=groq_client)

    if enable_ai:
        release = ReleasePipeline(
            f"{svc['name']}-release-{version}",
            service=svc["name"],
            version=version,
            commits=[c for c in commits if svc["name"] in c.get("paths", [svc["name"]])],
            docs_bucket=docs_bucket,
            previous_version=previous_version,
            publish_banner=env == "prod" and ai_config.get_bool("banners") is True,
        )
        ChangelogSummary(f"{svc['name']}-changelog-{version}", changelog=release.notes.notes)
        if env == "prod":
            Runbook(f"{svc['name']}-runbook", service=svc["name"],
                    description=svc.get("description", f"{svc['name']} ECS service"))
        exported_services[svc["name"]] = {"cluster": web.cluster.arn, "headline": release.headline}
    else:
        exported_services[svc["name"]] = {"cluster": web.cluster.arn}

pulumi.export("vpc_id", network.vpc.id)
pulumi.export("docs_bucket", docs_bucket.bucket)
pulumi.export("services", exported_services)
