/**
 * Labels of the values of attributes whose options come from a PHP source model instead of
 * eav_attribute_option rows: status, visibility, tax class, yes/no... The fixed lists follow each class's
 * getAllOptions() (named below); tax classes, themes and countries come from the source database. The
 * catalog keeps them in attribute_source_option, so a product's `options` can name what its values mean.
 * A source model not known here is counted (attributes.source_model_without_labels), never guessed.
 */
import { entityUuid } from '../../core/ids.ts';
import type { SourceAttribute, SourceTaxClass, SourceTheme } from '../../sql/source/catalog/index.ts';

export interface SourceOptionLookups {
  taxClasses: SourceTaxClass[];
  themes: SourceTheme[];
  countries: string[];
}

type Options = Array<[value: string, label: string]>;

const LAYOUTS: Options = [
  ['empty', 'Empty'], ['1column', '1 column'], ['2columns-left', '2 columns with left bar'], ['2columns-right', '2 columns with right bar'],
  ['3columns', '3 columns'],
];

/** Source model class -> its options, in getAllOptions() order. */
const FIXED: Record<string, Options> = {
  // Magento\Catalog\Model\Product\Attribute\Source\Status::getOptionArray
  'Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Status': [['1', 'Enabled'], ['2', 'Disabled']],
  // Magento\Catalog\Model\Product\Visibility::getOptionArray
  'Magento\\Catalog\\Model\\Product\\Visibility': [['1', 'Not Visible Individually'], ['2', 'Catalog'], ['3', 'Search'], ['4', 'Catalog, Search']],
  // Magento\Eav\Model\Entity\Attribute\Source\Boolean::getAllOptions
  'Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Boolean': [['1', 'Yes'], ['0', 'No']],
  // Magento\Catalog\Model\Product\Attribute\Source\Boolean::getAllOptions (adds VALUE_USE_CONFIG = 2)
  'Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Boolean': [['1', 'Yes'], ['0', 'No'], ['2', 'Use config']],
  // Magento\Catalog\Model\Entity\Product\Attribute\Design\Options\Container::getAllOptions
  'Magento\\Catalog\\Model\\Entity\\Product\\Attribute\\Design\\Options\\Container': [['container1', 'Product Info Column'], ['container2', 'Block after Info Column']],
  // Magento\Msrp\Model\Product\Attribute\Source\Type\Price (TYPE_USE_CONFIG .. TYPE_BEFORE_ORDER_CONFIRM)
  'Magento\\Msrp\\Model\\Product\\Attribute\\Source\\Type\\Price': [['0', 'Use config'], ['1', 'On Gesture'], ['2', 'In Cart'], ['3', 'Before Order Confirmation']],
  // Magento\Bundle\Model\Product\Attribute\Source\Price\View::getAllOptions
  'Magento\\Bundle\\Model\\Product\\Attribute\\Source\\Price\\View': [['0', 'Price Range'], ['1', 'As Low as']],
  // Magento\Bundle\Model\Product\Attribute\Source\Shipment\Type::getAllOptions
  'Magento\\Bundle\\Model\\Product\\Attribute\\Source\\Shipment\\Type': [['0', 'Together'], ['1', 'Separately']],
  // Magento\CatalogInventory\Model\Source\Stock::getAllOptions
  'Magento\\CatalogInventory\\Model\\Source\\Stock': [['1', 'In Stock'], ['0', 'Out of Stock']],
  // Magento\Catalog\Model\Category\Attribute\Source\Mode::getAllOptions (Category::DM_*)
  'Magento\\Catalog\\Model\\Category\\Attribute\\Source\\Mode': [['PRODUCTS', 'Products only'], ['PAGE', 'Static block only'], ['PRODUCTS_AND_PAGE', 'Static block and products']],
  // Magento\Catalog\Model\Product\Attribute\Source\Layout / Category\Attribute\Source\Layout: the page layouts
  // of Magento/Theme's layouts.xml (a theme may add more; those are counted, not guessed).
  'Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Layout': [...LAYOUTS, ['product-full-width', 'Product -- Full Width']],
  'Magento\\Catalog\\Model\\Category\\Attribute\\Source\\Layout': [...LAYOUTS, ['category-full-width', 'Category -- Full Width']],
};

const TAX_CLASS = 'Magento\\Tax\\Model\\TaxClass\\Source\\Product';
const THEME = 'Magento\\Theme\\Model\\Theme\\Source\\Theme';
const COUNTRY = 'Magento\\Catalog\\Model\\Product\\Attribute\\Source\\Countryofmanufacture';
/** Their options are eav_attribute_option rows (the attributes table migrates them). */
const TABLE_SOURCES = new Set(['Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table', '']);

let countryNames: Intl.DisplayNames | null = null;

function optionsOf(model: string, lookups: SourceOptionLookups): Options | null {
  if (FIXED[model]) return FIXED[model];
  // Magento\Tax\Model\TaxClass\Source\Product::getAllOptions puts "None" (0) before the product tax classes.
  if (model === TAX_CLASS) return [['0', 'None'], ...lookups.taxClasses.map((t): [string, string] => [String(t.class_id), t.class_name])];
  if (model === THEME) return lookups.themes.map((t): [string, string] => [String(t.theme_id), t.theme_title ?? String(t.theme_id)]);
  if (model === COUNTRY) {
    // Magento names countries through ICU in the admin locale (en_US); Intl is ICU too.
    countryNames ??= new Intl.DisplayNames(['en-US'], { type: 'region', fallback: 'code' });
    return lookups.countries.map((c): [string, string] => [c, countryNames!.of(c) ?? c]);
  }
  return null;
}

export function sourceOptionRows(attributes: readonly SourceAttribute[], lookups: SourceOptionLookups): { rows: unknown[][]; stats: Record<string, number> } {
  const rows: unknown[][] = [];
  const stats: Record<string, number> = {};
  for (const a of attributes) {
    const model = a.source_model ?? '';
    if (TABLE_SOURCES.has(model)) continue;
    const options = optionsOf(model, lookups);
    if (!options) {
      stats['attributes.source_model_without_labels'] = (stats['attributes.source_model_without_labels'] ?? 0) + 1;
      continue;
    }
    const id = entityUuid('attribute', Number(a.attribute_id));
    options.forEach(([value, label], i) => rows.push([id, value, label, i]));
  }
  return { rows, stats };
}
