import { DefaultNameProvider, type AstNode } from 'langium';
import { qualifiedNameOf } from './qualified-names.js';

/**
 * Names every declaration by its workspace-wide qualified name, so the index,
 * the linker, hover and export all see `Shanghai.MedicalSecurity`, never a bare
 * `MedicalSecurity`. The name *node* (for rename and go-to-definition) is still the
 * simple `name` token.
 */
export class CityPactNameProvider extends DefaultNameProvider {
    override getName(node: AstNode): string | undefined {
        return qualifiedNameOf(node);
    }
}
