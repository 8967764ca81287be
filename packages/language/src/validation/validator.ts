import type { AstNode, ValidationChecks } from 'langium';
import type { CityPactAstType } from '../generated/ast.js';
import type { CityPactServices } from '../citypact-module.js';
import { SyntaxChecks } from './checks/syntax-checks.js';
import { NameChecks } from './checks/name-checks.js';
import { DateChecks } from './checks/date-checks.js';

/**
 * Registers every check with Langium. Each checks class owns the rules of one
 * concern (see validation/checks/); docs/rules.md says which file checks which rule.
 */
export function registerValidationChecks(services: CityPactServices): void {
    const registry = services.validation.ValidationRegistry;
    const syntax = new SyntaxChecks();
    const names = new NameChecks(services);
    const dates = new DateChecks();
    const checks: ValidationChecks<CityPactAstType> = {
        AstNode: (node: AstNode, accept) => syntax.checkNode(node, accept),
        Model: (model, accept) => names.checkModel(model, accept),
        Agreement: (agreement, accept) => dates.checkAgreementDates(agreement, accept),
        Obligation: (obligation, accept) => dates.checkObligationDate(obligation, accept),
    };
    registry.register(checks);
}
