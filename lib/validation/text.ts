import { z } from "zod";

// Names end up in published documents and spreadsheets: refuse markup and control
// characters outright rather than escaping them later in every output format.
const FORBIDDEN = /[<>\u0000-\u001f\u007f]/;

export function plainText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多 ${max} 个字符`)
    .refine((s) => !FORBIDDEN.test(s), { message: `${label}不能包含尖括号或控制字符` });
}

export function optionalPlainText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .refine((s) => !FORBIDDEN.test(s), { message: `${label}不能包含尖括号或控制字符` })
    .optional()
    .transform((s) => (s ? s : undefined));
}
