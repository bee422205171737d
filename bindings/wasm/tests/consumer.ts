// A TypeScript consumer of the built package, checked by `npm run typecheck`
// (tsc --strict --noEmit). It fails to compile if the declarations lose the generated types:
// each `@ts-expect-error` line must be an error, which it is only while the types are precise.

import { parsePlan, planSchema, version } from "kehoach";
import type { Document, Form, FormKind, Plan, Quota } from "kehoach";

declare const json: string;

const plan: Plan = parsePlan(json);
const again: Plan = parsePlan(plan);
const document: Document = again.document;
const number: string = document.number;
const year: number = plan.year;
const forms: Form[] = plan.audiences.flatMap((audience) => audience.forms);
const kinds: FormKind[] = forms.map((form) => form.kind);
const quotas: Quota[] = plan.quotas ?? [];
const minimum: number | undefined = quotas[0]?.min;
const issued: string | undefined = document.issued.date;
const schema: Record<string, unknown> = planSchema();
const label: string = `${version}: ${number} ${year} ${kinds.join()} ${minimum} ${issued}`;

// @ts-expect-error: the number of a document is a string
const wrongNumber: number = plan.document.number;
// @ts-expect-error: form kinds are a closed set of strings
const wrongKind: FormKind = "blog-post";
// @ts-expect-error: a plan is an object or JSON text, not a number
parsePlan(42);
// @ts-expect-error: unknown keys are not part of the type
const colour = plan.document.colour;
// @ts-expect-error: version is a constant, not a function
version();

export { label, schema, wrongNumber, wrongKind, colour };
