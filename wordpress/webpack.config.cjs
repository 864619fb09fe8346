// The webpack configuration of @wordpress/scripts (`wp-scripts build`, run by
// scripts/build-wordpress.js), with one addition: the plugin's scripts import the elements' own
// parsers from src/, whose TypeScript imports name the compiled `.js` files (`./attributes.js` is
// attributes.ts), as TypeScript's module resolution expects.
const defaultConfig = require('@wordpress/scripts/config/webpack.config');

module.exports = {
  ...defaultConfig,
  resolve: { ...defaultConfig.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
};
