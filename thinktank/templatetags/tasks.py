from django import template
from django.db.models import Count, Q
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from thinktank.tasks import RUNNING_TOO_LONG, lost_q

register = template.Library()


@register.simple_tag
def task_trouble():
    """How many background tasks failed for good, and how many were lost with
    their worker (docs/tasks.md), in one query; and after how many minutes a
    running task counts as lost."""
    return {
        **DBTaskResult.objects.aggregate(
            failed=Count("pk", filter=Q(status=TaskResultStatus.FAILED)),
            lost=Count("pk", filter=lost_q()),
        ),
        "lost_after_minutes": int(RUNNING_TOO_LONG.total_seconds() // 60),
    }
