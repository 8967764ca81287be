import type { AstNode, ValidationChecks } from 'langium';
import type { CityPactAstType } from '../generated/ast.js';
import type { CityPactServices } from '../citypact-module.js';
import { SyntaxChecks } from './checks/syntax-checks.js';
import { NameChecks } from './checks/name-checks.js';
import { DateChecks } from './checks/date-checks.js';
import { PartyChecks } from './checks/party-checks.js';
import { ServiceChecks } from './checks/service-checks.js';
import { ExchangeChecks } from './checks/exchange-checks.js';
import { DataProtectionChecks } from './checks/data-protection-checks.js';
import { BodyChecks } from './checks/body-checks.js';
import { SupersedesChecks } from './checks/supersedes-checks.js';
import { CodeChecks } from './checks/code-checks.js';
import { DimensionChecks } from './checks/dimension-checks.js';
import { TermChecks } from './checks/term-checks.js';
import { ClauseChecks } from './checks/clause-checks.js';
import { CityChecks } from './checks/city-checks.js';
import { FundingChecks } from './checks/funding-checks.js';
import { TextChecks } from './checks/text-checks.js';
import { OnwardChecks } from './checks/onward-checks.js';

/**
 * Registers every check with Langium. Each checks class owns the rules of one
 * concern (see validation/checks/); docs/rules.md says which file checks which rule.
 */
export function registerValidationChecks(services: CityPactServices): void {
    const registry = services.validation.ValidationRegistry;
    const syntax = new SyntaxChecks();
    const names = new NameChecks(services);
    const dates = new DateChecks();
    const parties = new PartyChecks();
    const serviceChecks = new ServiceChecks();
    const exchanges = new ExchangeChecks();
    const dataProtection = new DataProtectionChecks();
    const bodies = new BodyChecks();
    const supersedes = new SupersedesChecks(services);
    const codes = new CodeChecks();
    const dimensions = new DimensionChecks();
    const terms = new TermChecks();
    const clauses = new ClauseChecks();
    const cities = new CityChecks();
    const fundings = new FundingChecks();
    const text = new TextChecks();
    const onward = new OnwardChecks(services);
    const checks: ValidationChecks<CityPactAstType> = {
        AstNode: (node: AstNode, accept) => syntax.checkNode(node, accept),
        Model: [
            (model, accept) => text.checkHiddenText(model, accept),
            (model, accept) => names.checkModel(model, accept),
        ],
        Agreement: [
            (agreement, accept) => dates.checkAgreementDates(agreement, accept),
            (agreement, accept) => parties.checkPartyCount(agreement, accept),
            (agreement, accept) => parties.checkDuplicateParties(agreement, accept),
            (agreement, accept) => parties.checkActorsArePartiesOrBelong(agreement, accept),
            (agreement, accept) => bodies.checkCoverage(agreement, accept),
            (agreement, accept) => supersedes.checkSupersedes(agreement, accept),
            (agreement, accept) => dimensions.checkDimensions(agreement, accept),
            (agreement, accept) => clauses.checkClauses(agreement, accept),
        ],
        Body: (body, accept) => bodies.checkChair(body, accept),
        Service: [
            (service, accept) => serviceChecks.checkCostShares(service, accept),
            (service, accept) => serviceChecks.checkProxyLocations(service, accept),
        ],
        Exchange: [
            (exchange, accept) => exchanges.checkSelfExchange(exchange, accept),
            (exchange, accept) => exchanges.checkPurpose(exchange, accept),
            (exchange, accept) => exchanges.checkHolder(exchange, accept),
            (exchange, accept) => dataProtection.checkSharing(exchange, accept),
            (exchange, accept) => dataProtection.checkPersonalDataTerms(exchange, accept),
            (exchange, accept) => dataProtection.checkSensitiveData(exchange, accept),
            (exchange, accept) => dataProtection.checkCoreDataApproval(exchange, accept),
            (exchange, accept) => onward.checkOnwardTransfer(exchange, accept),
        ],
        Funding: [
            (funding, accept) => dates.checkFundingDate(funding, accept),
            (funding, accept) => fundings.checkParties(funding, accept),
            (funding, accept) => fundings.checkAmount(funding, accept),
            (funding, accept) => fundings.checkTerm(funding, accept),
        ],
        Obligation: [
            (obligation, accept) => dates.checkObligationDate(obligation, accept),
            (obligation, accept) => terms.checkObligationTerm(obligation, accept),
        ],
        Department: (department, accept) => codes.checkUscc(department, accept),
        Organization: (organization, accept) => codes.checkUscc(organization, accept),
        Province: (province, accept) => codes.checkDivisionCode(province, accept),
        City: [
            (city, accept) => codes.checkDivisionCode(city, accept),
            (city, accept) => cities.checkTierPopulation(city, accept),
        ],
        District: (district, accept) => codes.checkDivisionCode(district, accept),
        Township: (township, accept) => codes.checkDivisionCode(township, accept),
    };
    registry.register(checks);
}
