from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import models

from thinktank.renditions import make_renditions


class Command(BaseCommand):
    help = (
        "Make the missing WebP renditions of every stored picture: after media "
        "were restored or copied without them, or for pictures stored before "
        "renditions existed. Pictures that have theirs are skipped."
    )

    def handle(self, *args, **options):
        made = 0
        for model in apps.get_models():
            fields = [
                field.name
                for field in model._meta.fields
                if isinstance(field, models.ImageField)
            ]
            if not fields:
                continue
            for obj in model._meta.default_manager.iterator():
                made += sum(make_renditions(getattr(obj, name)) for name in fields)
        self.stdout.write(f"{made} renditions made.")
