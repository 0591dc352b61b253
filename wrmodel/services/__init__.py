"""Every OCI service's work requests: a module per service, imported on first use.

``wrmodel.services.container_engine.WorkRequest`` is OKE's work request; each module holds the
SDK's classes of that service (``oci.<service>.models``), its enums and ``FAMILIES``, and is
generated from the SDK's metadata (``python -m wrmodel.services._generate``). ``identity`` and
``work_requests`` hold the classes built in.

>>> from wrmodel.services import container_engine
>>> container_engine.WorkRequest.__name__
'WorkRequest'
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: Every service with a module here, the SDK's package names (generated).
SERVICES: tuple[str, ...] = (
    "adm",
    "ai_data_platform",
    "ai_document",
    "ai_language",
    "ai_vision",
    "analytics",
    "api_platform",
    "apiaccesscontrol",
    "apigateway",
    "apm_control_plane",
    "appmgmt_control",
    "bastion",
    "batch",
    "bds",
    "blockchain",
    "cloud_bridge",
    "cloud_guard",
    "cloud_migrations",
    "cluster_health",
    "cluster_placement_groups",
    "container_engine",
    "container_instances",
    "data_catalog",
    "data_flow",
    "data_integration",
    "data_labeling_service",
    "data_safe",
    "data_science",
    "database_management",
    "database_migration",
    "database_tools",
    "database_tools_runtime",
    "datacc",
    "dblm",
    "dbmulticloud",
    "ddfs",
    "delegate_access_control",
    "desktops",
    "devops",
    "dif",
    "disaster_recovery",
    "distributed_database",
    "em_warehouse",
    "email",
    "fleet_apps_management",
    "fleet_software_update",
    "functions",
    "fusion_apps",
    "gdp",
    "generative_ai",
    "generative_ai_agent",
    "golden_gate",
    "governance_rules_control_plane",
    "identity",
    "integration",
    "iot",
    "jms",
    "jms_java_downloads",
    "jms_utils",
    "load_balancer",
    "lockbox",
    "log_analytics",
    "logging",
    "lustre_file_storage",
    "managed_kafka",
    "management_agent",
    "marketplace",
    "marketplace_publisher",
    "mngdmac",
    "mysql",
    "network_firewall",
    "network_load_balancer",
    "nosql",
    "object_storage",
    "oce",
    "ocvp",
    "oda",
    "opa",
    "opensearch",
    "opsi",
    "optimizer",
    "os_management_hub",
    "psa",
    "psql",
    "pss",
    "queue",
    "recovery",
    "redis",
    "resource_analytics",
    "resource_manager",
    "resource_scheduler",
    "rover",
    "sch",
    "security_attribute",
    "self",
    "service_catalog",
    "stack_monitoring",
    "streaming",
    "tenant_manager_control_plane",
    "vbs_inst",
    "visual_builder",
    "vn_monitoring",
    "vulnerability_scanning",
    "waa",
    "waas",
    "waf",
    "wlms",
    "work_requests",
    "zpr",
)

__all__ = ("SERVICES",)


def __getattr__(name: str) -> ModuleType:
    """``wrmodel.services.<service>``, imported on first use."""
    if name in SERVICES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
