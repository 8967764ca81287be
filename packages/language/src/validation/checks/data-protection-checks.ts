import type { ValidationAcceptor } from 'langium';
import type { Exchange, LegalBasis } from '../../generated/ast.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { keywordLabel, keywordPhrase } from '../../glossary.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';
import { phrase } from '../terms.js';

/**
 * What an exchange owes the data it carries, by the dataset's catalogue entry
 * (docs/language.md §2.3, §4): `non-shared-dataset`, `personal-data-terms`,
 * `sensitive-data-protection`, `core-data-approval`. Nothing is checked when the
 * dataset does not resolve. Absent terms are reported on the exchange's name,
 * where a reader looks first; present-but-wrong terms on the term itself.
 */

/** PIPL Art. 28–29: sensitive personal information needs separate consent, a statutory duty or an emergency. */
const SENSITIVE_BASES: readonly LegalBasis[] = ['consent', 'statutory-duty', 'emergency'];

export class DataProtectionChecks {
    checkSharing(exchange: Exchange, accept: ValidationAcceptor): void {
        const dataset = exchange.data?.ref;
        if (dataset?.sharing?.kind !== 'none') return;
        report(accept, 'non-shared-dataset', { node: exchange, property: 'data' }, { name: qualifiedNameOf(dataset) ?? dataset.name });
    }

    /** One diagnostic per missing term, so each can be fixed and silenced on its own. */
    checkPersonalDataTerms(exchange: Exchange, accept: ValidationAcceptor): void {
        const personalData = exchange.data?.ref?.personalData;
        if ((personalData !== 'ordinary' && personalData !== 'sensitive') || cutShort(exchange)) return;
        const dataClass = personalData === 'sensitive' ? phrase('sensitive', '敏感') : phrase('ordinary', '一般');
        if (!exchange.basis) {
            report(accept, 'personal-data-terms', { node: exchange, property: 'name' }, { name: exchange.name, class: dataClass, property: keywordPhrase('basis') });
        }
        if (!exchange.retention) {
            report(accept, 'personal-data-terms', { node: exchange, property: 'name' }, { name: exchange.name, class: dataClass, property: keywordPhrase('retention') });
        }
    }

    /**
     * Encryption, and a basis strong enough for sensitive data. A missing basis is
     * left to `personal-data-terms`, which already asks for one.
     */
    checkSensitiveData(exchange: Exchange, accept: ValidationAcceptor): void {
        if (exchange.data?.ref?.personalData !== 'sensitive') return;
        if (!exchange.security.includes('encryption') && !cutShort(exchange)) {
            const target = exchange.security.length > 0
                ? { node: exchange, keyword: 'security' }
                : { node: exchange, property: 'name' as const };
            report(accept, 'sensitive-data-protection', target, {
                name: exchange.name,
                problem: phrase("it is not protected by 'encryption'", '未采取加密（encryption）措施'),
            }, { addEncryption: true });
        }
        if (exchange.basis && !SENSITIVE_BASES.includes(exchange.basis)) {
            report(accept, 'sensitive-data-protection', { node: exchange, property: 'basis' }, {
                name: exchange.name,
                problem: phrase(
                    `its basis '${exchange.basis}' is not enough; use consent, statutory-duty or emergency`,
                    `法律依据${keywordLabel(exchange.basis)['zh-CN']}不足，应为${['consent', 'statutory-duty', 'emergency'].map(b => keywordLabel(b)['zh-CN']).join('、').replace(/、([^、]*)$/, '或$1')}`,
                ),
            });
        }
    }

    /** A blank approval cites no document and counts as none. */
    checkCoreDataApproval(exchange: Exchange, accept: ValidationAcceptor): void {
        if (exchange.data?.ref?.classification !== 'core' || exchange.approval?.trim()) return;
        if (exchange.approval === undefined && cutShort(exchange)) return;
        report(accept, 'core-data-approval', { node: exchange, property: 'name' }, { name: exchange.name });
    }
}
