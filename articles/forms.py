from django import forms

from .models import Article


class ArticleAdminForm(forms.ModelForm):
    """Adjustments to the admin's article form; the admin's fieldsets pick fields."""

    class Meta:
        model = Article
        fields = ["standfirst", "pinned_related"]
        widgets = {"standfirst": forms.Textarea(attrs={"rows": 3})}

    def clean_pinned_related(self):
        pins = self.cleaned_data["pinned_related"]
        if self.instance.pk and pins.filter(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                "An article cannot be pinned as related to itself.", code="self_pin"
            )
        return pins
