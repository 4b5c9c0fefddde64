from django import template
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

register = template.Library()


@register.simple_tag
def failed_task_count():
    """How many background tasks failed for good (docs/tasks.md)."""
    return DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count()
