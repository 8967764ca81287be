import type { ValidationAcceptor } from 'langium';
import type { Agreement } from '../../generated/ast.js';
import { dimensionSupport } from '../../model/dimensions.js';
import { keywordPhrase } from '../../glossary.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';

/**
 * The declared dimensions against the parties (docs/language.md §4):
 * `dimension-unsupported` and `dimension-undeclared`. Unresolved parties are left
 * out of the computation (see model/dimensions.ts).
 */
export class DimensionChecks {
    checkDimensions(agreement: Agreement, accept: ValidationAcceptor): void {
        // §4.1: support is computed from the parties, and a party line may be among
        // the text a syntax error cut away (so may a listed dimension).
        if (cutShort(agreement)) return;
        const support = dimensionSupport(agreement);
        agreement.dimensions.forEach((dimension, index) => {
            const answer = support.find(s => s.dimension === dimension);
            if (answer && !answer.supported) {
                report(accept, 'dimension-unsupported', { node: agreement, property: 'dimensions', index }, { dimension: keywordPhrase(dimension), reason: answer.reason });
            }
        });
        // On the `dimensions` line when there is one (that is where the fix goes), else on the name.
        const target = agreement.dimensions.length > 0
            ? { node: agreement, keyword: 'dimensions' }
            : { node: agreement, property: 'name' as const };
        for (const { dimension, supported, reason } of support) {
            if (supported && !agreement.dimensions.includes(dimension)) {
                report(accept, 'dimension-undeclared', target, { dimension: keywordPhrase(dimension), reason }, { dimension });
            }
        }
    }
}
