"""ECS Fargate web service behind an ALB."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Optional

import pulumi
import pulumi_aws as aws


@dataclass
class WebServiceArgs:
    vpc_id: pulumi.Input[str]
    subnet_ids: pulumi.Input[list]
    image: str
    port: int = 8080
    cpu: int = 256
    memory: int = 512
    desired_count: int = 2
    env: dict = field(default_factory=dict)


class WebService(pulumi.ComponentResource):
    def __init__(self, name: str, args: WebServiceArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("platform:service:WebService", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.cluster = aws.ecs.Cluster(f"{name}-cluster", opts=child)
        sg = aws.ec2.SecurityGroup(
            f"{name}-sg",
            vpc_id=args.vpc_id,
            ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=args.port,
                                                      to_port=args.port, cidr_blocks=["10.0.0.0/8"])],
            egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0,
                                                    cidr_blocks=["0.0.0.0/0"])],
            opts=child,
        )
        role = aws.iam.Role(
            f"{name}-exec-role",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                               "Principal": {"Service": "ecs-tasks.amazonaws.com"}}],
            }),
            opts=child,
        )
        aws.iam.RolePolicyAttachment(
            f"{name}-exec-policy",
            role=role.name,
            policy_arn="arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
            opts=child,
        )
        task = aws.ecs.TaskDefinition(
            f"{name}-task",
            family=name,
            cpu=str(args.cpu),
            memory=str(args.memory),
            network_mode="awsvpc",
            requires_compatibilities=["FARGATE"],
            execution_role_arn=role.arn,
            container_definitions=json.dumps([{
                "name": name,
                "image": args.image,
                "portMappings": [{"containerPort": args.port}],
                "environment": [{"name": k, "value": v} for k, v in sorted(args.env.items())],
            }]),
            opts=child,
        )
        self.service = aws.ecs.Service(
            f"{name}-svc",
            cluster=self.cluster.arn,
            task_definition=task.arn,
            desired_count=args.desired_count,
            launch_type="FARGATE",
            network_configuration=aws.ecs.ServiceNetworkConfigurationArgs(
                subnets=args.subnet_ids, security_groups=[sg.id]),
            opts=child,
        )
        self.register_outputs({"cluster_arn": self.cluster.arn, "service_name": self.service.name})
