// Lambda runs these functions on nodejs22.x; only the local Node 20 triggers the SDK's
// "upgrade your Node" warning, which would bury the test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
