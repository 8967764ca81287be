import type { ValidationAcceptor } from 'langium';
import type { Department, Jurisdiction, Organization } from '../../generated/ast.js';
import { divisionCodeProblem } from '../../model/division-codes.js';
import { validateUscc } from '../../model/uscc.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { report } from '../report.js';
import { kindName, phrase } from '../terms.js';

/** Official identifiers (docs/language.md §2.1–2.2, §4): `uscc-format`, `division-code`. */
export class CodeChecks {
    checkUscc(actor: Department | Organization, accept: ValidationAcceptor): void {
        const uscc = actor.uscc;
        if (uscc === undefined) return;
        const problem = validateUscc(uscc);
        if (!problem) return;
        const target = { node: actor, property: 'uscc' as const };
        switch (problem.kind) {
            case 'length':
                report(accept, 'uscc-format', target, {
                    uscc,
                    problem: phrase(`it has ${problem.length} characters, not 18`, `长度为 ${problem.length} 位，应为18位`),
                });
                break;
            case 'character':
                report(accept, 'uscc-format', target, {
                    uscc,
                    problem: phrase(
                        `'${problem.character}' at position ${problem.position} is not allowed (only 0-9 and upper-case A-Y without I, O, S, V, Z)`,
                        `第 ${problem.position} 位的“${problem.character}”不是允许的字符（只能是数字和除 I、O、S、V、Z 以外的大写字母）`,
                    ),
                });
                break;
            case 'check-character':
                report(accept, 'uscc-format', target, {
                    uscc,
                    expected: problem.expected,
                    problem: phrase(
                        `the check character should be '${problem.expected}', not '${problem.actual}'`,
                        `校验码应为“${problem.expected}”，而不是“${problem.actual}”`,
                    ),
                }, { corrected: problem.corrected });
                break;
        }
    }

    checkDivisionCode(jurisdiction: Jurisdiction, accept: ValidationAcceptor): void {
        const problem = divisionCodeProblem(jurisdiction);
        if (!problem) return;
        const code = jurisdiction.code!;
        const kind = kindName(jurisdiction.$type);
        const target = { node: jurisdiction, property: 'code' as never };
        if (problem.kind === 'length') {
            report(accept, 'division-code', target, {
                code,
                problem: phrase(
                    `has ${problem.actual} digits; a ${kind.en} code has ${problem.expected}`,
                    `为 ${problem.actual} 位；${kind['zh-CN']}代码应为 ${problem.expected} 位`,
                ),
            });
            return;
        }
        const parentKind = kindName(problem.parent.$type);
        const parentName = qualifiedNameOf(problem.parent) ?? problem.parent.name;
        report(accept, 'division-code', target, {
            code,
            problem: phrase(
                `does not start with '${problem.prefix}', the first ${problem.prefix.length} digits of its ${parentKind.en} ${parentName} (${problem.parentCode})`,
                `应以“${problem.prefix}”开头，即所属${parentKind['zh-CN']} ${parentName}（${problem.parentCode}）代码的前 ${problem.prefix.length} 位`,
            ),
        });
    }
}
