//! Derives kehoach's compact JSON loader (`FromJson`) and writer (`ToJson`) from the
//! `#[serde(...)]` attributes a type already carries, so that a type's JSON shape is declared
//! once: serde, schemars and tsify read the same attributes.
//!
//! The generated code names kehoach's runtime by `crate::` paths (`crate::model::load::Object`,
//! `crate::model::save::JsonWriter`, …), so the derives are for use inside the `kehoach`
//! crate only. It is the code the hand-written key tables generated before: a struct is
//! `Object::open` with its keys and one `field` / `field_or_default` call per field; a unit
//! enum is a table of names (`variant`, `JsonName`).
//!
//! Supported serde attributes, and nothing else (anything else is a compile error at its span,
//! never ignored):
//!
//! * on a struct: `rename_all = "..."`, `deny_unknown_fields` (required by `FromJson`: the
//!   loader rejects unknown keys);
//! * on an enum: `rename_all = "..."`, and for `ToJson` only `tag = "..."` (internally tagged
//!   enums whose variants are structs);
//! * on a field: `rename = "..."`, `default`, `skip_serializing_if = "path"`
//!   (`Option::is_none` writes the inner value, any other path is called as `!path(&field)`),
//!   `with = "module"` when the module declares `pub(crate) const JSON_AS_NATIVE: () = ();`,
//!   its promise that it reads and writes what the field type's own `FromJson` / `ToJson` do;
//! * on a variant: `rename = "..."`.
//!
//! `rename_all` takes serde's rules: `lowercase`, `UPPERCASE`, `PascalCase`, `camelCase`,
//! `snake_case`, `SCREAMING_SNAKE_CASE`, `kebab-case`, `SCREAMING-KEBAB-CASE`.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, LitStr, Path};

/// Implements kehoach's `FromJson` (the compact loader) from the type's serde attributes.
#[proc_macro_derive(FromJson, attributes(serde))]
pub fn derive_from_json(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let input = syn::parse_macro_input!(input as DeriveInput);
    expand(&input, Side::Load)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Implements kehoach's `ToJson` (the writer; and `JsonName` for a unit enum) from the type's
/// serde attributes.
#[proc_macro_derive(ToJson, attributes(serde))]
pub fn derive_to_json(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let input = syn::parse_macro_input!(input as DeriveInput);
    expand(&input, Side::Write)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Load,
    Write,
}

/// serde's `rename_all` rules.
#[derive(Clone, Copy)]
enum Case {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl Case {
    fn parse(text: &LitStr) -> syn::Result<Case> {
        Ok(match text.value().as_str() {
            "lowercase" => Case::Lower,
            "UPPERCASE" => Case::Upper,
            "PascalCase" => Case::Pascal,
            "camelCase" => Case::Camel,
            "snake_case" => Case::Snake,
            "SCREAMING_SNAKE_CASE" => Case::ScreamingSnake,
            "kebab-case" => Case::Kebab,
            "SCREAMING-KEBAB-CASE" => Case::ScreamingKebab,
            _ => return Err(syn::Error::new(text.span(), "unknown rename_all rule")),
        })
    }

    /// A variant's name (PascalCase in Rust) under this rule, as serde renames it.
    fn variant(self, name: &str) -> String {
        match self {
            Case::Pascal => name.to_owned(),
            Case::Lower => name.to_ascii_lowercase(),
            Case::Upper => name.to_ascii_uppercase(),
            Case::Camel => {
                let mut chars = name.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_lowercase().to_string() + chars.as_str()
                })
            }
            Case::Snake | Case::Kebab | Case::ScreamingSnake | Case::ScreamingKebab => {
                let mut snake = String::new();
                for (index, ch) in name.char_indices() {
                    if index > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                from_snake(&snake, self)
            }
        }
    }

    /// A field's name (snake_case in Rust) under this rule, as serde renames it.
    fn field(self, name: &str) -> String {
        from_snake(name, self)
    }
}

/// A snake_case name under `rule`.
fn from_snake(name: &str, rule: Case) -> String {
    match rule {
        Case::Lower | Case::Snake => name.to_owned(),
        Case::Upper | Case::ScreamingSnake => name.to_ascii_uppercase(),
        Case::Pascal | Case::Camel => {
            let mut out = String::new();
            let mut capitalize = matches!(rule, Case::Pascal);
            for ch in name.chars() {
                if ch == '_' {
                    capitalize = true;
                } else if capitalize {
                    out.push(ch.to_ascii_uppercase());
                    capitalize = false;
                } else {
                    out.push(ch);
                }
            }
            out
        }
        Case::Kebab => name.replace('_', "-"),
        Case::ScreamingKebab => name.replace('_', "-").to_ascii_uppercase(),
    }
}

/// What the container's `#[serde(...)]` says.
#[derive(Default)]
struct Container {
    rename_all: Option<Case>,
    deny_unknown_fields: bool,
    tag: Option<LitStr>,
}

/// What a field's or variant's `#[serde(...)]` says.
#[derive(Default)]
struct Member {
    rename: Option<LitStr>,
    default: bool,
    skip_serializing_if: Option<Path>,
    with: Option<Path>,
}

fn unsupported(path: &Path, what: &str) -> syn::Error {
    let name = path
        .get_ident()
        .map_or_else(|| "this".to_owned(), |ident| format!("`{ident}`"));
    syn::Error::new_spanned(
        path,
        format!(
            "kehoach-json-derive does not support serde's {name} on {what}: the compact loader \
             and writer would not match serde here"
        ),
    )
}

fn serde_attrs(attrs: &[syn::Attribute]) -> impl Iterator<Item = &syn::Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("serde"))
}

fn container(input: &DeriveInput) -> syn::Result<Container> {
    let mut out = Container::default();
    for attr in serde_attrs(&input.attrs) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") {
                out.rename_all = Some(Case::parse(&meta.value()?.parse()?)?);
            } else if meta.path.is_ident("deny_unknown_fields") {
                out.deny_unknown_fields = true;
            } else if meta.path.is_ident("tag") {
                out.tag = Some(meta.value()?.parse()?);
            } else {
                return Err(unsupported(&meta.path, "a type"));
            }
            Ok(())
        })?;
    }
    Ok(out)
}

fn member(attrs: &[syn::Attribute], variant: bool) -> syn::Result<Member> {
    let mut out = Member::default();
    let what = if variant { "a variant" } else { "a field" };
    for attr in serde_attrs(attrs) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                out.rename = Some(meta.value()?.parse()?);
            } else if !variant && meta.path.is_ident("default") {
                if meta.input.peek(syn::Token![=]) {
                    return Err(syn::Error::new_spanned(
                        &meta.path,
                        "kehoach-json-derive supports only a bare `default` (the type's Default)",
                    ));
                }
                out.default = true;
            } else if !variant && meta.path.is_ident("skip_serializing_if") {
                let text: LitStr = meta.value()?.parse()?;
                out.skip_serializing_if = Some(text.parse()?);
            } else if !variant && meta.path.is_ident("with") {
                let text: LitStr = meta.value()?.parse()?;
                out.with = Some(text.parse_with(Path::parse_mod_style)?);
            } else {
                return Err(unsupported(&meta.path, what));
            }
            Ok(())
        })?;
    }
    Ok(out)
}

/// The JSON name of a field or variant: its `rename`, else its name under `rename_all`.
fn json_name(ident: &syn::Ident, member: &Member, rule: Option<Case>, variant: bool) -> String {
    if let Some(rename) = &member.rename {
        return rename.value();
    }
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
    match rule {
        None => name,
        Some(rule) if variant => rule.variant(&name),
        Some(rule) => rule.field(&name),
    }
}

/// A field as the generated code needs it.
struct JsonField {
    ident: syn::Ident,
    key: String,
    member: Member,
    is_option: bool,
}

fn is_option(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "Option"),
        _ => false,
    }
}

fn named_fields(fields: &Fields, rule: Option<Case>, span: Span) -> syn::Result<Vec<JsonField>> {
    let Fields::Named(named) = fields else {
        return Err(syn::Error::new(
            span,
            "kehoach-json-derive supports structs with named fields only",
        ));
    };
    named
        .named
        .iter()
        .map(|field| {
            let member = member(&field.attrs, false)?;
            let ident = field
                .ident
                .clone()
                .ok_or_else(|| syn::Error::new(field.span(), "a named field has a name"))?;
            Ok(JsonField {
                key: json_name(&ident, &member, rule, false),
                ident,
                is_option: is_option(&field.ty),
                member,
            })
        })
        .collect()
}

/// `const _: () = module::JSON_AS_NATIVE;` for each `with` module: a compile error unless the
/// module vouches that its format is the field type's own.
fn with_checks(fields: &[JsonField]) -> TokenStream {
    let checks = fields.iter().filter_map(|field| field.member.with.as_ref());
    quote! { #(const _: () = #checks::JSON_AS_NATIVE;)* }
}

fn expand(input: &DeriveInput, side: Side) -> syn::Result<TokenStream> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "kehoach-json-derive does not support generic types",
        ));
    }
    let container = container(input)?;
    match &input.data {
        Data::Struct(data) => {
            if container.tag.is_some() {
                return Err(syn::Error::new_spanned(&input.ident, "`tag` is for enums"));
            }
            let fields = named_fields(&data.fields, container.rename_all, input.ident.span())?;
            match side {
                Side::Load => struct_from_json(input, &container, &fields),
                Side::Write => Ok(struct_to_json(input, &fields)),
            }
        }
        Data::Enum(data) => match &container.tag {
            Some(tag) => tagged_enum(input, &container, data, tag, side),
            None => unit_enum(input, &container, data, side),
        },
        Data::Union(_) => Err(syn::Error::new_spanned(
            &input.ident,
            "kehoach-json-derive does not support unions",
        )),
    }
}

fn struct_from_json(
    input: &DeriveInput,
    container: &Container,
    fields: &[JsonField],
) -> syn::Result<TokenStream> {
    if !container.deny_unknown_fields {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "the JSON loader rejects unknown keys: derive FromJson with \
             #[serde(deny_unknown_fields)] so that serde agrees",
        ));
    }
    let name = &input.ident;
    let name_text = name.to_string();
    let keys = fields.iter().map(|field| &field.key);
    let values = fields.iter().map(|field| {
        let ident = &field.ident;
        let key = &field.key;
        // An absent `Option` is `None` with or without `default`: one helper for both keeps
        // the module as small as the hand-written tables did.
        if field.member.default && !field.is_option {
            quote! { #ident: object.field_or_default(#key)? }
        } else {
            quote! { #ident: object.field(#key)? }
        }
    });
    let checks = with_checks(fields);
    Ok(quote! {
        impl crate::model::load::FromJson for #name {
            fn from_json(
                value: serde_json::Value,
            ) -> Result<Self, crate::model::load::JsonError> {
                #checks
                let mut object = crate::model::load::Object::open(
                    value,
                    #name_text,
                    &[#(#keys),*],
                )?;
                Ok(#name { #(#values,)* })
            }
        }
    })
}

/// The writing of each field of `fields`, read from `access(field)` (`&self.x` or a binding).
fn write_fields(fields: &[JsonField], access: impl Fn(&syn::Ident) -> TokenStream) -> TokenStream {
    let writes = fields.iter().map(|field| {
        let key = &field.key;
        let value = access(&field.ident);
        match &field.member.skip_serializing_if {
            Some(path) if is_option_is_none(path) => quote! {
                if let Some(value) = #value {
                    out.field(#key, value);
                }
            },
            Some(path) => quote! {
                if !#path(#value) {
                    out.field(#key, #value);
                }
            },
            None => quote! { out.field(#key, #value); },
        }
    });
    quote! { #(#writes)* }
}

fn is_option_is_none(path: &Path) -> bool {
    let names: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    names == ["Option", "is_none"]
}

fn struct_to_json(input: &DeriveInput, fields: &[JsonField]) -> TokenStream {
    let name = &input.ident;
    let checks = with_checks(fields);
    let writes = write_fields(fields, |ident| quote! { &self.#ident });
    quote! {
        impl crate::model::ToJson for #name {
            fn write_json(&self, out: &mut crate::model::save::JsonWriter) {
                #checks
                out.begin_object();
                #writes
                out.end_object();
            }
        }
    }
}

fn unit_enum(
    input: &DeriveInput,
    container: &Container,
    data: &syn::DataEnum,
    side: Side,
) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let mut variants = Vec::new();
    let mut texts = Vec::new();
    for variant in &data.variants {
        if !matches!(variant.fields, Fields::Unit) {
            return Err(syn::Error::new_spanned(
                variant,
                "kehoach-json-derive writes an enum without `tag` as one of its names: \
                 its variants must be units",
            ));
        }
        let member = member(&variant.attrs, true)?;
        texts.push(json_name(
            &variant.ident,
            &member,
            container.rename_all,
            true,
        ));
        variants.push(&variant.ident);
    }
    Ok(match side {
        Side::Load => quote! {
            impl crate::model::load::FromJson for #name {
                fn from_json(
                    value: serde_json::Value,
                ) -> Result<Self, crate::model::load::JsonError> {
                    const VARIANTS: &[#name] = &[#(#name::#variants),*];
                    let index = crate::model::load::variant(value, &[#(#texts),*])?;
                    // `variant` returns an index into the names, which are as many as VARIANTS.
                    VARIANTS
                        .get(index)
                        .copied()
                        .ok_or_else(crate::model::load::JsonError::unreachable)
                }
            }
        },
        Side::Write => quote! {
            impl crate::model::save::JsonName for #name {
                fn json_name(&self) -> &'static str {
                    match self {
                        #(#name::#variants => #texts,)*
                    }
                }
            }
            impl crate::model::ToJson for #name {
                fn write_json(&self, out: &mut crate::model::save::JsonWriter) {
                    out.string(crate::model::save::JsonName::json_name(self));
                }
            }
        },
    })
}

/// An internally tagged enum (`#[serde(tag = "kind")]`) of struct variants: written as an
/// object whose first key is the tag, as serde writes it.
fn tagged_enum(
    input: &DeriveInput,
    container: &Container,
    data: &syn::DataEnum,
    tag: &LitStr,
    side: Side,
) -> syn::Result<TokenStream> {
    if side == Side::Load {
        return Err(syn::Error::new_spanned(
            tag,
            "the JSON loader does not read internally tagged enums (`tag`); derive only ToJson",
        ));
    }
    let name = &input.ident;
    let mut arms = Vec::new();
    for variant in &data.variants {
        let member = member(&variant.attrs, true)?;
        let text = json_name(&variant.ident, &member, container.rename_all, true);
        // serde renames a struct variant's fields by the variant's own `rename_all`, which
        // these variants do not have: their fields keep their names.
        let fields = named_fields(&variant.fields, None, variant.span())?;
        let idents: Vec<&syn::Ident> = fields.iter().map(|field| &field.ident).collect();
        let ident = &variant.ident;
        let writes = write_fields(&fields, |ident| quote! { #ident });
        arms.push(quote! {
            #name::#ident { #(#idents),* } => {
                out.field(#tag, #text);
                #writes
            }
        });
    }
    Ok(quote! {
        impl crate::model::ToJson for #name {
            fn write_json(&self, out: &mut crate::model::save::JsonWriter) {
                out.begin_object();
                match self {
                    #(#arms)*
                }
                out.end_object();
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{expand, Case, Side};

    /// The compile error `expand` gives for `item`, derived on `side`.
    fn error(item: &str, side: Side) -> String {
        let input = syn::parse_str(item).unwrap();
        match expand(&input, side) {
            Ok(tokens) => panic!("expanded: {tokens}"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn what_it_cannot_match_is_a_compile_error() {
        let flatten = error(
            "#[serde(deny_unknown_fields)] struct S { #[serde(flatten)] a: T }",
            Side::Load,
        );
        assert!(
            flatten.contains("does not support serde's `flatten` on a field"),
            "{flatten}"
        );
        let untagged = error("#[serde(untagged)] enum E { A(u8) }", Side::Write);
        assert!(
            untagged.contains("serde's `untagged` on a type"),
            "{untagged}"
        );
        let open = error(
            "#[serde(rename_all = \"camelCase\")] struct S { a: u8 }",
            Side::Load,
        );
        assert!(open.contains("deny_unknown_fields"), "{open}");
        let with_path = error(
            "#[serde(deny_unknown_fields)] struct S { #[serde(default = \"f\")] a: u8 }",
            Side::Load,
        );
        assert!(with_path.contains("bare `default`"), "{with_path}");
        let tagged = error(
            "#[serde(tag = \"kind\")] enum E { A { x: u8 } }",
            Side::Load,
        );
        assert!(tagged.contains("derive only ToJson"), "{tagged}");
        let rule = error(
            "#[serde(rename_all = \"Title Case\")] enum E { A }",
            Side::Write,
        );
        assert!(rule.contains("unknown rename_all rule"), "{rule}");
        let newtype = error("enum E { A(u8) }", Side::Write);
        assert!(newtype.contains("must be units"), "{newtype}");
        let variant = error("enum E { #[serde(skip)] A }", Side::Write);
        assert!(variant.contains("`skip` on a variant"), "{variant}");
    }

    #[test]
    fn a_struct_is_its_key_table() {
        let input = syn::parse_str(
            "#[serde(rename_all = \"camelCase\", deny_unknown_fields)] struct S {
                legal_bases: Vec<u8>,
                #[serde(default, skip_serializing_if = \"Option::is_none\")] as_of: Option<u8>,
                #[serde(default, skip_serializing_if = \"Vec::is_empty\")] units: Vec<u8>,
                #[serde(rename = \"x-y\")] z: u8,
            }",
        )
        .unwrap();
        let load = expand(&input, Side::Load).unwrap().to_string();
        assert!(
            load.contains(r#"& ["legalBases" , "asOf" , "units" , "x-y"]"#),
            "{load}"
        );
        // An absent Option is None either way: the plain `field`, as the tables had it.
        assert!(
            load.contains(r#"as_of : object . field ("asOf") ?"#),
            "{load}"
        );
        assert!(
            load.contains(r#"units : object . field_or_default ("units") ?"#),
            "{load}"
        );
        let write = expand(&input, Side::Write).unwrap().to_string();
        assert!(
            write.contains(r#"if let Some (value) = & self . as_of"#),
            "{write}"
        );
        assert!(
            write.contains(r#"if ! Vec :: is_empty (& self . units)"#),
            "{write}"
        );
    }

    #[test]
    fn renames_as_serde_does() {
        assert_eq!(Case::Camel.field("legal_bases"), "legalBases");
        assert_eq!(Case::Kebab.field("as_of"), "as-of");
        assert_eq!(Case::Pascal.field("as_of"), "AsOf");
        assert_eq!(Case::Kebab.variant("WebsiteArticle"), "website-article");
        assert_eq!(Case::Kebab.variant("EBulletin"), "e-bulletin");
        assert_eq!(Case::Kebab.variant("Quarter1"), "quarter1");
        assert_eq!(Case::Lower.variant("HalfYear"), "halfyear");
        assert_eq!(Case::Camel.variant("HalfYear"), "halfYear");
        assert_eq!(Case::ScreamingSnake.variant("HalfYear"), "HALF_YEAR");
        assert_eq!(Case::ScreamingKebab.field("as_of"), "AS-OF");
    }
}
