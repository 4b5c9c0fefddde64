from django import forms

from .models import Article


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = "__all__"
        widgets = {"standfirst": forms.Textarea(attrs={"rows": 3})}

    def clean_pinned_related(self):
        pins = self.cleaned_data["pinned_related"]
        if self.instance.pk and pins.filter(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                "An article cannot be pinned as related to itself.", code="self_pin"
            )
        return pins
